extern alias host;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using CongVu.Engine.Outbox;
using CongVu.Engine.Scheduling.Time;
using CongVu.Engine.Tasks;
using host::CongVu.Host.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CongVu.Bench;

/// <summary>
/// E1: the outbox sender draining queued e-mails (the task-assigned template, Vietnamese, ~5 KB) to a local SMTP
/// server with the default options (16 connections, 200-message batches); each message is marked sent in SQLite.
/// </summary>
internal static class EmailScenario
{
    /// <summary>The small-scale count; above it a missing SMTP server fails the run instead of skipping E1.</summary>
    public const int SmallN = 300;
    private const double Target = 200;

    public static async Task<JsonObject> RunAsync(int n, string workDir)
    {
        var full = n > SmallN;
        await using var server = await BenchSmtpServer.TryStartAsync(workDir);
        if (server is null)
        {
            const string error = "E1: no local SMTP server (npm maildev@2.2.1 or apt python3-aiosmtpd); e-mail throughput not measured.";
            if (full) throw new InvalidOperationException(error);
            await Console.Error.WriteLineAsync(error);
            return new JsonObject { ["scenario"] = "E1", ["n"] = n, ["skipped"] = true, ["error"] = error };
        }

        await using var engine = await EngineUnderTest.StartAsync(Path.Combine(workDir, "e1.db"));
        var store = engine.Get<IOutboxStore>();
        var options = Options.Create(new EmailOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = server.Port } });
        var sender = new OutboxSender(store, new MailDelivery(options), engine.Get<IClock>(), options, NullLogger<OutboxSender>.Instance);
        var sample = SampleMessage(options);

        var warmup = Math.Min(n, 500);
        await EnqueueAsync(store, sample, "e1-warmup", warmup);
        await DrainAsync(sender, warmup);
        await EnqueueAsync(store, sample, "e1", n);

        var latencies = new List<double>(n);
        using var listener = Listen(latencies);
        var clock = Stopwatch.StartNew();
        await DrainAsync(sender, n);
        clock.Stop();
        listener.Dispose();

        var received = await server.WaitForAsync(warmup + n, TimeSpan.FromSeconds(120)) ? warmup + n : server.Received;
        var failed = (await store.ListMessagesAsync(OutboxStatus.Failed, 0, 1)).TotalCount;
        var pending = (await store.ListMessagesAsync(OutboxStatus.Pending, 0, 1)).TotalCount;
        if (failed + pending > 0 || received != warmup + n)
            throw new InvalidOperationException($"E1: {failed} failed, {pending} pending, {received} of {warmup + n} received by {server.Kind}.");

        var result = new LoadResult(n, clock.Elapsed, [.. latencies.Order()]);
        return new JsonObject
        {
            ["scenario"] = "E1",
            ["what"] = "OutboxSender → local SMTP: send + mark sent, task-assigned e-mail",
            ["n"] = n,
            ["smtp_server"] = server.Kind,
            ["workers"] = options.Value.Sender.Workers,
            ["batch_size"] = options.Value.Sender.BatchSize,
            ["warmup"] = warmup,
            ["elapsed_s"] = Scenarios.Round(result.Elapsed.TotalSeconds, 2),
            ["messages_per_s"] = Scenarios.Round(result.PerSecond),
            ["p50_ms"] = Scenarios.Round(result.Percentile(50), 2),
            ["p95_ms"] = Scenarios.Round(result.Percentile(95), 2),
            ["p99_ms"] = Scenarios.Round(result.Percentile(99), 2),
            ["received"] = received,
            ["target"] = new JsonObject { ["messages_per_s"] = Target },
            ["meets_target"] = result.PerSecond >= Target,
        };
    }

    private static EmailPayload SampleMessage(IOptions<EmailOptions> options)
    {
        var folder = Path.Combine(HostProcess.RepositoryRoot(), "templates", "email");
        var templates = new EmailTemplates(Options.Create(new EmailOptions { TemplatesFolder = folder }), Options.Create(new TimeOptions()));
        var email = templates.RenderSample("task-assigned");
        return new EmailPayload([new EmailRecipient("canbo1@congvu.example", "Nguyễn Văn An")], email.Subject, email.Html, email.Text);
    }

    /// <summary>Queues <paramref name="count"/> distinct messages (untimed: this is the engine's write, not the sender's).</summary>
    private static Task EnqueueAsync(IOutboxStore store, EmailPayload sample, string prefix, int count) =>
        Load.RunAsync(count, Scenarios.Callers, async i =>
        {
            if (!await store.EnqueueAsync(sample.ToOutboxMessage($"{prefix}:{i}", DateTime.UtcNow)))
                throw new InvalidOperationException($"E1: {prefix}:{i} was not queued.");
        });

    private static async Task DrainAsync(OutboxSender sender, int count)
    {
        var read = 0;
        while (read < count)
        {
            var batch = await sender.SendDueAsync(CancellationToken.None);
            if (batch == 0) throw new InvalidOperationException($"E1: the outbox ran dry after {read} of {count} messages.");
            read += batch;
        }
    }

    /// <summary>Collects the sender's per-message time (SMTP hand-over plus the mark-sent write).</summary>
    private static MeterListener Listen(List<double> latencies)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == OutboxSender.MeterName) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (latencies) latencies.Add(value);
        });
        listener.Start();
        return listener;
    }
}
