using System.Net.Mail;
using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Email;

/// <summary>Turns what a workflow author writes as recipients (addresses, "Name &lt;address&gt;", user names) into addresses.</summary>
public sealed class MailAddressBook(IDbContextFactory<PeopleDbContext> people)
{
    /// <summary>Resolves every entry (each may hold several, split by ',' or ';'); throws for an unknown user or an invalid address.</summary>
    public async Task<IReadOnlyList<EmailRecipient>> ResolveAsync(IEnumerable<string> entries, CancellationToken ct)
    {
        var items = entries.SelectMany(e => e.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (items.Count == 0) throw new InvalidOperationException("The e-mail has no recipient.");
        var userNames = items.Where(i => !i.Contains('@', StringComparison.Ordinal)).Select(i => i.ToUpperInvariant()).Distinct().ToList();
        await using var db = await people.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => userNames.Contains(u.NormalizedUserName!))
            .Select(u => new { u.NormalizedUserName, u.Email, u.FullName }).ToListAsync(ct);
        var byName = users.ToDictionary(u => u.NormalizedUserName!, StringComparer.Ordinal);

        var result = new List<EmailRecipient>();
        foreach (var item in items)
        {
            if (item.Contains('@', StringComparison.Ordinal))
            {
                if (!MailAddress.TryCreate(item, out var address)) throw new InvalidOperationException($"'{item}' is not a valid e-mail address.");
                result.Add(new EmailRecipient(address.Address, address.DisplayName.Length > 0 ? address.DisplayName : null));
            }
            else if (byName.TryGetValue(item.ToUpperInvariant(), out var user) && !string.IsNullOrWhiteSpace(user.Email))
            {
                result.Add(new EmailRecipient(user.Email, user.FullName));
            }
            else
            {
                throw new InvalidOperationException($"User '{item}' does not exist or has no e-mail address.");
            }
        }
        return [.. result.DistinctBy(r => r.Address, StringComparer.OrdinalIgnoreCase)];
    }
}
