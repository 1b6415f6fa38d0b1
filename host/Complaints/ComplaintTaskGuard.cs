using System.Globalization;
using CongVu.Engine.Expressions;
using CongVu.Host.Complaints.Persistence;
using CongVu.Host.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Complaints;

/// <summary>
/// The case's rules on the investigation task's decisions, checked before the task accepts one (nothing changes when
/// refused): a second "Yêu cầu bổ sung" is refused — the law allows one request; "Gia hạn" needs a new last day within the
/// legal maximum; "Đề xuất giải quyết" needs the resolution and whether the office was at fault. It applies to tasks of a
/// workflow started with <c>{complaintId}</c> for that case, whatever the definition is called.
/// </summary>
public sealed class ComplaintTaskGuard(ComplaintStore store, ComplaintTimeLimits limits, IDbContextFactory<ComplaintsDbContext> factory) : ITaskOutcomeGuard
{
    public const string Propose = "Đề xuất giải quyết", RequestSupplement = "Yêu cầu bổ sung", Extend = "Gia hạn";

    /// <summary>The investigation form's fields these rules read.</summary>
    public const string FindingsField = "ketQuaKiemTra", ResolutionField = "noiDungGiaiQuyet", AtFaultField = "loiCoQuan", NewDueField = "hanMoi";

    private static readonly IReadOnlyDictionary<string, string> Allowed = new Dictionary<string, string>();

    public async ValueTask<IReadOnlyDictionary<string, string>> CheckAsync(TaskOutcomeCheck check, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.Outcome is not (Propose or RequestSupplement or Extend)) return Allowed;
        if (ValueConverter.ToClr(check.WorkflowInput.GetValueOrDefault("complaintId")) is not string id) return Allowed;
        var complaint = await store.FindAsync(id, ct);
        if (complaint is null || complaint.InstanceId != check.Task.InstanceId) return Allowed;
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (check.Outcome)
        {
            case RequestSupplement when await store.SupplementAlreadyRequestedAsync(complaint, currentKey: null, ct):
                problems["outcome"] = $"Không thể yêu cầu bổ sung lần thứ hai: người phản ánh đã được đề nghị bổ sung tài liệu ngày "
                    + $"{limits.LocalDate(complaint.SupplementRequestedAt!.Value).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}. "
                    + "Theo quy định, chỉ được yêu cầu bổ sung một lần; vui lòng giải quyết theo hồ sơ hiện có hoặc gia hạn.";
                break;
            case Extend:
                if (check.Values.GetValueOrDefault(NewDueField) is not DateOnly lastDay)
                {
                    problems[NewDueField] = "Vui lòng chọn ngày gia hạn đến.";
                    break;
                }
                await using (var db = await factory.CreateDbContextAsync(ct))
                {
                    var sofar = await db.Extensions.CountAsync(x => x.ComplaintId == complaint.Id, ct);
                    if (limits.CheckExtension(complaint, sofar, lastDay).Problem is { } problem) problems[NewDueField] = problem;
                }
                break;
            case Propose:
                if (check.Values.GetValueOrDefault(FindingsField) is not string { Length: > 0 }) problems[FindingsField] = "Vui lòng nhập kết quả kiểm tra, xác minh.";
                if (check.Values.GetValueOrDefault(ResolutionField) is not string { Length: > 0 }) problems[ResolutionField] = "Vui lòng nhập phương án giải quyết.";
                if (check.Values.GetValueOrDefault(AtFaultField) is not string { Length: > 0 }) problems[AtFaultField] = "Vui lòng cho biết lỗi có thuộc cơ quan hay không.";
                break;
        }
        return problems;
    }
}
