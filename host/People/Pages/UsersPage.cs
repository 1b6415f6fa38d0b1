using System.Text;
using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.People.Pages;

/// <summary>The administrators' read-only list of accounts with their unit and roles (<c>/quan-tri/nguoi-dung</c>).</summary>
internal static class UsersPage
{
    private const int Limit = 500;

    public static void MapUsersPage(this IEndpointRouteBuilder app) =>
        app.MapGet(PeoplePaths.Users, async (HttpContext context, PageLayout layout, PeopleDbContext db, CancellationToken ct) =>
        {
            var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).Take(Limit + 1)
                .Select(u => new { u.Id, u.UserName, u.FullName, u.JobPosition, Unit = db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Name).FirstOrDefault() })
                .ToListAsync(ct);
            var ids = users.Select(u => u.Id).ToList();
            var roles = (await (from ur in db.UserRoles
                                join r in db.Roles on ur.RoleId equals r.Id
                                where ids.Contains(ur.UserId)
                                select new { ur.UserId, r.Name }).ToListAsync(ct))
                .ToLookup(x => x.UserId, x => Roles.DisplayName(x.Name ?? ""));
            var rows = new StringBuilder();
            foreach (var u in users.Take(Limit))
            {
                rows.Append("<tr><td>").Append(PageLayout.Encode(u.UserName)).Append("</td><td>").Append(PageLayout.Encode(u.FullName))
                    .Append("</td><td>").Append(PageLayout.Encode(u.Unit)).Append("</td><td>").Append(PageLayout.Encode(u.JobPosition))
                    .Append("</td><td>").Append(PageLayout.Encode(string.Join(", ", roles[u.Id].Order(StringComparer.Ordinal)))).Append("</td></tr>\n");
            }
            var more = users.Count > Limit ? $"<p>Chỉ hiển thị {Limit} tài khoản đầu tiên.</p>" : "";
            return layout.Render(context, "Người dùng", $"""
                <section class="card">
                <h1>Người dùng</h1>
                {more}<div class="scroll"><table>
                <thead><tr><th>Tên đăng nhập</th><th>Họ và tên</th><th>Đơn vị</th><th>Vị trí việc làm</th><th>Vai trò</th></tr></thead>
                <tbody>
                {rows}</tbody>
                </table></div>
                </section>
                """);
        }).RequireAuthorization(PeoplePolicies.StudioAdmin);
}
