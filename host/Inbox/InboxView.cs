using System.Text;
using CongVu.Host.People.Pages;
using Microsoft.AspNetCore.WebUtilities;

namespace CongVu.Host.Inbox;

/// <summary>The HTML of the inbox page; every database text goes through <see cref="PageLayout.Encode"/>.</summary>
internal sealed class InboxView(InboxTime time, IReadOnlyDictionary<string, string> unitNames, string antiforgeryField, IQueryCollection query)
{
    private const string ClaimForm = "nhan-viec";

    public string Render(InboxLists lists, string? flash)
    {
        var html = new StringBuilder(InboxStyles.Block);
        if (flash is not null) html.Append("<p class=\"flash\" role=\"status\">").Append(PageLayout.Encode(flash)).Append("</p>\n");
        html.Append("<h1>Công việc</h1>\n<nav class=\"jump\" aria-label=\"Danh sách\">")
            .Append("<a href=\"#viec-cua-toi\">Việc của tôi ").Append(Badge(lists.MineCount)).Append("</a>")
            .Append("<a href=\"#viec-cho-nhan\">Việc chờ nhận ").Append(lists.ClaimableCount is { } claimable ? Badge(claimable) : $"<span class=\"badge\">{InboxQueries.PageSize}+</span>").Append("</a>")
            .Append("<a href=\"#da-xu-ly\">Đã xử lý</a></nav>\n");

        var overdue = lists.OverdueCount > 0 ? $" <span class=\"late\">{Count(lists.OverdueCount)} quá hạn</span>" : "";
        Section(html, "viec-cua-toi", $"Việc của tôi{overdue}", lists.Mine, InboxPage.MineParam, "Bạn không có việc nào đang chờ xử lý.", MineItem);
        // One form carries the token for every "Nhận việc" button (each names its own target), instead of one form per row.
        var claimForm = $"<form id=\"{ClaimForm}\" method=\"post\" action=\"{InboxPaths.Inbox}\">{antiforgeryField}</form>\n";
        Section(html, "viec-cho-nhan", "Việc chờ nhận", lists.Claimable, InboxPage.ClaimableParam, "Không có việc nào của nhóm đang chờ nhận.", ClaimableItem, claimForm);
        Section(html, "da-xu-ly", "Đã xử lý", lists.Done, InboxPage.DoneParam, "Bạn chưa xử lý việc nào.", DoneItem);
        return html.ToString();
    }

    private void Section(StringBuilder html, string id, string heading, InboxSlice slice, string param, string empty, Action<StringBuilder, InboxRow> item,
        string? prefix = null)
    {
        html.Append("<section class=\"card\" id=\"").Append(id).Append("\">\n<h2>").Append(heading).Append("</h2>\n");
        if (slice.Rows.Count > 0 && prefix is not null) html.Append(prefix);
        if (slice.Rows.Count == 0) html.Append("<p class=\"muted\">").Append(slice.Page > 1 ? "Không còn việc nào ở trang này." : empty).Append("</p>\n");
        else
        {
            html.Append("<ul class=\"tasks\">\n");
            foreach (var row in slice.Rows) item(html, row);
            html.Append("</ul>\n");
        }
        if (slice.Page > 1 || slice.HasMore)
        {
            html.Append("<nav class=\"pager\" aria-label=\"Trang\"><span>");
            if (slice.Page > 1) html.Append("<a href=\"").Append(PageLink(param, slice.Page - 1, id)).Append("\">‹ Trang trước</a>");
            html.Append("</span><span class=\"muted\">Trang ").Append(slice.Page).Append("</span><span>");
            if (slice.HasMore) html.Append("<a href=\"").Append(PageLink(param, slice.Page + 1, id)).Append("\">Trang sau ›</a>");
            html.Append("</span></nav>\n");
        }
        html.Append("</section>\n");
    }

    private void MineItem(StringBuilder html, InboxRow row)
    {
        var late = time.IsOverdue(row.DueAt);
        html.Append(late ? "<li class=\"overdue\">" : "<li>");
        Link(html, row, Due(row, late));
        html.Append("</li>\n");
    }

    private void ClaimableItem(StringBuilder html, InboxRow row)
    {
        html.Append(time.IsOverdue(row.DueAt) ? "<li class=\"overdue\">" : "<li>");
        Link(html, row, Due(row, time.IsOverdue(row.DueAt)));
        html.Append("<button type=\"submit\" form=\"").Append(ClaimForm).Append("\" formaction=\"").Append(PageLayout.Encode(InboxPaths.Claim(row.Id)))
            .Append("\">Nhận việc</button></li>\n");
    }

    private void DoneItem(StringBuilder html, InboxRow row)
    {
        html.Append("<li>");
        var when = row.DoneAt is { } done ? $"Xử lý lúc {time.Format(done)}" : "";
        Link(html, row, $"Kết quả: <strong>{PageLayout.Encode(row.Outcome ?? "—")}</strong> · {when}");
        html.Append("</li>\n");
    }

    /// <summary>The tappable block: title, then workflow and unit, then <paramref name="last"/> (already HTML).</summary>
    private void Link(StringBuilder html, InboxRow row, string last)
    {
        var unit = row.UnitId is not null && unitNames.TryGetValue(row.UnitId, out var name) ? name : null;
        var meta = string.Join(" · ", new[] { row.WorkflowName, unit }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(PageLayout.Encode));
        html.Append("<a href=\"").Append(PageLayout.Encode(InboxPaths.Task(row.Id))).Append("\"><span class=\"title\">")
            .Append(PageLayout.Encode(row.Title)).Append("</span>");
        if (meta.Length > 0) html.Append("<span class=\"meta\">").Append(meta).Append("</span>");
        html.Append("<span class=\"meta\">").Append(last).Append("</span></a>");
    }

    private string Due(InboxRow row, bool late) => row.DueAt is not { } due
        ? "Không có hạn xử lý"
        : $"Hạn xử lý: {time.Format(due)}" + (late ? " <span class=\"late\">Quá hạn</span>" : "");

    private string PageLink(string param, int page, string anchor)
    {
        var values = query.Where(q => q.Key is InboxPage.MineParam or InboxPage.ClaimableParam or InboxPage.DoneParam && q.Key != param)
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        values[param] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return PageLayout.Encode(QueryHelpers.AddQueryString(InboxPaths.Inbox, values) + "#" + anchor);
    }

    private static string Count(int count) => count >= InboxSql.CountCap ? $"{InboxSql.CountCap - 1}+" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Badge(int count) => count == 0 ? "" : $"<span class=\"badge\">{Count(count)}</span>";
}
