using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CongVu.Engine.Outbox;
using CongVu.Engine.Scheduling.Time;
using CongVu.Engine.Tasks;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Email;

/// <summary>
/// Delivers due outbox e-mails: polls the outbox, sends each batch over <see cref="OutboxSenderOptions.Workers"/> connections,
/// marks a message sent right after the server accepts it and records failures with exponential backoff until the last attempt.
/// A message is sent once: the dedupe key stops a second enqueue, and a batch is finished before the next poll reads again.
/// One sender per database: the store has no claim on a message, so a second host must set <c>Email:Sender:Enabled=false</c>.
/// </summary>
public sealed partial class OutboxSender(
    IOutboxStore store,
    MailDelivery delivery,
    IClock clock,
    IOptions<EmailOptions> options,
    ILogger<OutboxSender> logger) : BackgroundService
{
    /// <summary>The meter with the <c>congvu.email.send.duration</c> histogram (ms per delivered message).</summary>
    public const string MeterName = "CongVu.Email";
    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> SendDuration = Meter.CreateHistogram<double>("congvu.email.send.duration", "ms", "Time to hand one message to the server and mark it sent.");

    // Sent but not yet marked (the database write failed): never sent again, marked again before the next batch.
    private readonly ConcurrentDictionary<string, DateTime> _unmarked = new(StringComparer.Ordinal);

    private OutboxSenderOptions Sender => options.Value.Sender;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(Sender.PollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await SendDueAsync(stoppingToken) < Sender.BatchSize) await Task.Delay(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogLoopError(logger, e);
                await Task.Delay(poll, stoppingToken);
            }
        }
    }

    /// <summary>Sends one batch of due e-mails and returns how many it read; callable directly (tests, the benchmark).</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        foreach (var (id, sentAt) in _unmarked)
        {
            await store.MarkSentAsync(id, sentAt, ct);
            _unmarked.TryRemove(id, out _);
        }
        var due = await store.GetDueMessagesAsync(clock.UtcNow.UtcDateTime, Sender.BatchSize, ct);
        var queue = new ConcurrentQueue<OutboxMessageRecord>(due.Where(m => m.Channel == EmailPayload.Channel));
        var count = queue.Count;
        if (count == 0) return 0;
        var results = new BatchResult();
        // Dedicated threads, not the thread pool: SmtpClient blocks while it sends, and a host's pool must stay free for requests.
        var workers = Enumerable.Range(0, Math.Clamp(Sender.Workers, 1, count))
            .Select(_ => Task.Factory.StartNew(() => Drain(queue, results, ct), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        await Task.WhenAll(workers);
        LogBatch(logger, results.Sent, results.Failed, count);
        return count;
    }

    private void Drain(ConcurrentQueue<OutboxMessageRecord> queue, BatchResult results, CancellationToken ct)
    {
        using var session = delivery.OpenSession();
        while (!ct.IsCancellationRequested && queue.TryDequeue(out var message))
            DeliverAsync(session, message, results).GetAwaiter().GetResult();
    }

    private async Task DeliverAsync(MailSession session, OutboxMessageRecord message, BatchResult results)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            session.Send(message.Id, EmailPayload.FromJson(message.Payload));
        }
        catch (Exception e)
        {
            Interlocked.Increment(ref results.Failed);
            await FailAsync(message, e);
            return;
        }
        var sentAt = clock.UtcNow.UtcDateTime;
        try
        {
            // Not cancellable: a stop between the SMTP call and this write would send the message again on restart.
            await store.MarkSentAsync(message.Id, sentAt, CancellationToken.None);
        }
        catch (Exception e)
        {
            _unmarked[message.Id] = sentAt;
            LogMarkFailed(logger, message.Id, e);
        }
        Interlocked.Increment(ref results.Sent);
        SendDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task FailAsync(OutboxMessageRecord message, Exception e)
    {
        var error = DeliveryFailure.Describe(e);
        var retryAt = Sender.NextAttemptAt(message.Attempts, clock.UtcNow.UtcDateTime, DeliveryFailure.IsPermanent(e));
        await store.MarkAttemptFailedAsync(message.Id, error, retryAt, CancellationToken.None);
        if (retryAt is { } at) LogRetry(logger, message.Id, message.Attempts + 1, at, error);
        else LogGaveUp(logger, message.Id, message.Attempts + 1, error);
    }

    private sealed class BatchResult
    {
        public int Sent;
        public int Failed;
    }

    [LoggerMessage(LogLevel.Information, "E-mail batch: {Sent} sent, {Failed} failed of {Count}.")]
    private static partial void LogBatch(ILogger logger, int sent, int failed, int count);

    [LoggerMessage(LogLevel.Warning, "E-mail {MessageId} failed (attempt {Attempt}); next attempt at {RetryAt:O} UTC: {Error}")]
    private static partial void LogRetry(ILogger logger, string messageId, int attempt, DateTime retryAt, string error);

    [LoggerMessage(LogLevel.Error, "E-mail {MessageId} given up after attempt {Attempt}: {Error}")]
    private static partial void LogGaveUp(ILogger logger, string messageId, int attempt, string error);

    [LoggerMessage(LogLevel.Error, "E-mail {MessageId} was sent but could not be marked sent; it will not be sent again by this process.")]
    private static partial void LogMarkFailed(ILogger logger, string messageId, Exception e);

    [LoggerMessage(LogLevel.Error, "The e-mail sender failed; it will try again.")]
    private static partial void LogLoopError(ILogger logger, Exception e);
}
