using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Runtime;
using CongVu.Host.Complaints.Activities;
using CongVu.Host.Files;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Complaints;

/// <summary>
/// Registers a new case (from the public form or a staff member's entry) and starts its handling workflow; and takes in
/// the citizen's supplementary documents. Files are checked by the caller (<see cref="ComplaintUploads"/>) before they get here.
/// </summary>
public sealed partial class ComplaintIntake(
    ComplaintStore store, FileStore files, WorkflowRuntime runtime, ComplaintTimeLimits limits, IOptions<ComplaintOptions> options, ILogger<ComplaintIntake> logger)
{
    public async Task<Complaint> SubmitAsync(ComplaintSubmission submission, IReadOnlyList<IFormFile> uploads, string? receivingUnitId, string? enteredBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(uploads);
        var now = store.UtcNow;
        var complaint = new Complaint
        {
            TrackingCode = TrackingCode.New(limits.LocalDate(now).Year),
            Channel = submission.Channel,
            ReceivedAt = now,
            ReceivingUnitId = receivingUnitId,
            EnteredBy = enteredBy,
            Subject = submission.Subject,
            Content = submission.Content,
            Status = ComplaintStatus.Received,
            InstanceId = WorkflowExecutionContext.NewId(),
        };
        var reporter = new ComplaintReporter
        {
            ComplaintId = complaint.Id, Name = submission.Name, Phone = submission.Phone, Email = submission.Email,
            Address = submission.Address, WantsAnonymity = submission.WantsAnonymity,
        };
        var attachments = await SaveAsync(complaint, uploads, AttachmentKinds.Initial, enteredBy, ct);
        var received = new ComplaintEvent
        {
            ComplaintId = complaint.Id, At = now, Kind = "received", UserId = enteredBy, IsPublic = true,
            Text = $"Tiếp nhận phản ánh qua {ComplaintChannels.DisplayName(complaint.Channel).ToLowerInvariant()}"
                + (attachments.Count > 0 ? $", kèm {attachments.Count} tệp." : "."),
        };
        await store.CreateAsync(complaint, reporter, attachments, received, ct);
        await StartAsync(complaint, ct);
        return complaint;
    }

    /// <summary>
    /// Files the supplement the citizen was asked for and lets the waiting workflow go on. False when no supplement is
    /// awaited (none was asked for, it was already sent, or the time allowed is over); then nothing is stored.
    /// </summary>
    public async Task<bool> AddSupplementAsync(Complaint complaint, IReadOnlyList<IFormFile> uploads, string? note, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (!IsAwaitingSupplement(complaint)) return false;
        var now = store.UtcNow;
        var claimed = false;
        // Claim the supplement first, so two posts at once cannot both count.
        await store.UpdateAsync(complaint.Id, (c, _) =>
        {
            if (IsAwaitingSupplement(c))
            {
                c.SupplementReceivedAt = now;
                claimed = true;
            }
            return Task.CompletedTask;
        }, ct);
        if (!claimed) return false;
        var attachments = await SaveAsync(complaint, uploads, AttachmentKinds.Supplement, uploadedBy: null, ct);
        await store.AddAttachmentsAsync(attachments, new ComplaintEvent
        {
            ComplaintId = complaint.Id, At = now, Kind = "supplement-received", IsPublic = true, Text = $"Người phản ánh đã gửi tài liệu bổ sung ({attachments.Count} tệp).",
        }, ct);
        // The citizen's note is part of the case file, for staff; the lookup page shows only that documents came.
        if (!string.IsNullOrWhiteSpace(note))
            await store.AddEventAsync(new ComplaintEvent { ComplaintId = complaint.Id, At = now, Kind = "supplement-note", Text = $"Ghi chú của người phản ánh kèm tài liệu bổ sung: {note.Trim()}" }, ct);
        await runtime.TriggerAsync(RequestSupplement.StimulusFor(complaint.Id), correlationId: null, new JsonObject { ["received"] = true }, $"supplement:{complaint.Id}", ct);
        return true;
    }

    public bool IsAwaitingSupplement(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return complaint is { Status: ComplaintStatus.AwaitingSupplement, SupplementRequestedAt: not null, SupplementReceivedAt: null }
            && (complaint.SupplementDueAt is not { } due || store.UtcNow < due);
    }

    private async Task<List<ComplaintAttachment>> SaveAsync(Complaint complaint, IReadOnlyList<IFormFile> uploads, string kind, string? uploadedBy, CancellationToken ct)
    {
        var saved = new List<ComplaintAttachment>();
        foreach (var upload in uploads)
        {
            await using var content = upload.OpenReadStream();
            // Filed under the case's workflow instance: those who can see its tasks can download them (host/Files).
            var file = await files.SaveAsync(content, upload.FileName, taskId: null, complaint.InstanceId, uploadedBy, ct);
            saved.Add(new ComplaintAttachment { Id = file.Id, ComplaintId = complaint.Id, Name = file.Name, Size = file.Size, ContentType = file.ContentType, Kind = kind, UploadedAt = file.UploadedAt });
        }
        return saved;
    }

    private async Task StartAsync(Complaint complaint, CancellationToken ct)
    {
        try
        {
            await runtime.StartAsync(new StartWorkflowRequest
            {
                DefinitionId = options.Value.WorkflowId,
                InstanceId = complaint.InstanceId,
                CorrelationId = complaint.TrackingCode,
                Input = new JsonObject { [ComplaintActivity.ComplaintIdInput] = complaint.Id },
                IdempotencyKey = $"complaint:{complaint.Id}",
            }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The case is kept either way; an administrator starts the workflow once the definition is fixed. No reporter data here.
            LogStartFailed(logger, complaint.TrackingCode, options.Value.WorkflowId, e.Message);
        }
    }

    [LoggerMessage(LogLevel.Error, "Complaint {TrackingCode} was registered but workflow '{WorkflowId}' did not start: {Error}")]
    private static partial void LogStartFailed(ILogger logger, string trackingCode, string workflowId, string error);
}
