using System.Text.Json;
using System.Text.Json.Nodes;
using CongVu.Host.People;

namespace CongVu.Host.Campaigns;

/// <summary>The JSON that campaign activities give workflows (and so document templates).</summary>
public static class SubmissionSummary
{
    /// <summary><c>{ id, kind, kindName, year, period, periodName, title, dueDate (yyyy-MM-dd), dueDateText (dd/MM/yyyy), bloc }</c>.</summary>
    public static JsonObject Campaign(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return new JsonObject
        {
            ["id"] = campaign.Id,
            ["kind"] = campaign.Kind,
            ["kindName"] = CampaignKinds.DisplayName(campaign.Kind),
            ["year"] = campaign.Year,
            ["period"] = campaign.Period,
            ["periodName"] = CampaignKinds.PeriodName(campaign.Period),
            ["title"] = campaign.Title,
            ["dueDate"] = CampaignDates.Iso(campaign.DueDate),
            ["dueDateText"] = CampaignDates.Text(campaign.DueDate),
            ["bloc"] = campaign.Bloc,
        };
    }

    /// <summary>
    /// What a supervisor's units sent: <c>submitted</c> (on time and late), <c>late</c>, <c>missing</c>, their counts and
    /// names, each unit with the data its workflow recorded (ratings per criterion).
    /// </summary>
    public static JsonObject Build(Campaign campaign, JsonObject? supervisor, IReadOnlyList<CampaignSubmission> rows, DateTimeOffset deadline, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var submitted = rows.Where(r => r.SubmittedAt is not null).ToList();
        var late = submitted.Where(r => r.OnTime != true).ToList();
        var missing = rows.Where(r => r.SubmittedAt is null).ToList();
        var counts = CampaignCounts.Of(rows);
        return new JsonObject
        {
            ["campaign"] = Campaign(campaign),
            ["supervisor"] = supervisor is null ? null : new JsonObject { ["code"] = supervisor["code"]?.DeepClone(), ["name"] = supervisor["name"]?.DeepClone() },
            ["deadline"] = CampaignDates.Iso(deadline.UtcDateTime),
            ["deadlineText"] = CampaignDates.Text(deadline.UtcDateTime, zone),
            ["expected"] = counts.Expected,
            ["counts"] = counts.ToJson(),
            ["allApproved"] = counts.Approved == rows.Count,
            ["submitted"] = Items(submitted, zone),
            ["late"] = Items(late, zone),
            ["missing"] = Items(missing, zone),
            ["lateNames"] = string.Join(", ", late.Select(r => r.UnitName)),
            ["missingNames"] = string.Join(", ", missing.Select(r => r.UnitName)),
        };
    }

    /// <summary>
    /// <c>{ code, name, bloc, blocName, status, statusText, submittedAt, submittedAtText, onTime, timeliness,
    /// timelinessText, approvedAt, documentId, data }</c>.
    /// </summary>
    public static JsonObject Item(CampaignSubmission row, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(row);
        var timeliness = Timeliness.Of(row);
        return new JsonObject
        {
            ["code"] = row.UnitCode,
            ["name"] = row.UnitName,
            ["bloc"] = row.Bloc,
            ["blocName"] = Blocs.DisplayName(row.Bloc),
            ["status"] = row.Status,
            ["statusText"] = SubmissionStatus.DisplayName(row.Status),
            ["submittedAt"] = row.SubmittedAt is { } at ? CampaignDates.Iso(at) : null,
            ["submittedAtText"] = row.SubmittedAt is { } local ? CampaignDates.Text(local, zone) : "",
            ["onTime"] = row.OnTime,
            ["timeliness"] = timeliness,
            ["timelinessText"] = Timeliness.DisplayName(timeliness),
            ["approvedAt"] = row.ApprovedAt is { } approved ? CampaignDates.Iso(approved) : null,
            ["documentId"] = row.DocumentId,
            ["data"] = Data(row.Data),
        };
    }

    private static JsonArray Items(IEnumerable<CampaignSubmission> rows, TimeZoneInfo zone) =>
        new(rows.Select(r => (JsonNode)Item(r, zone)).ToArray());

    private static JsonNode? Data(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try { return JsonNode.Parse(json); }
        catch (JsonException) { return json; }
    }
}
