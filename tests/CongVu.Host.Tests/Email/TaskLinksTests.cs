using CongVu.Engine.Scheduling.Time;
using CongVu.Host.Email;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Xunit;

namespace CongVu.Host.Tests.Email;

public sealed class TaskLinksTests
{
    private const string User = "user-an";
    private const string TaskId = "0190f0c2a4b87c3d9e1f2a3b4c5d6e7f";
    private readonly EphemeralDataProtectionProvider _keys = new();
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    private TaskLinks Links(double lifetimeHours = 72) =>
        new(_keys, Options.Create(new EmailOptions { BaseUrl = "https://congvu.example.vn/", LinkLifetimeHours = lifetimeHours }), _clock);

    [Fact]
    public void Create_IsAnAbsoluteTaskUrlWhoseTokenValidatesForThatUserAndTask()
    {
        var links = Links();
        var url = new Uri(links.Create(User, TaskId));
        Assert.Equal($"https://congvu.example.vn/cong-viec/{TaskId}", url.GetLeftPart(UriPartial.Path));
        var token = url.Query["?t=".Length..];

        var claims = links.Validate(token, TaskId);
        Assert.NotNull(claims);
        Assert.Equal(User, claims.UserId);
        Assert.Equal(TaskId, claims.TaskId);
        Assert.Equal(_clock.UtcNow.AddHours(72), claims.ExpiresAt);
    }

    [Fact]
    public void Validate_AfterTheLifetime_IsRefused()
    {
        var links = Links();
        var token = links.CreateToken(User, TaskId);
        _clock.Advance(TimeSpan.FromHours(71.9));
        Assert.NotNull(links.Validate(token, TaskId));
        _clock.Advance(TimeSpan.FromHours(0.2));
        Assert.Null(links.Validate(token, TaskId));
    }

    [Fact]
    public void Validate_LifetimeZero_IsRefused()
    {
        var links = Links(lifetimeHours: 0);
        Assert.Null(links.Validate(links.CreateToken(User, TaskId), TaskId));
    }

    [Fact]
    public void Validate_ForgedTokens_AreRefused()
    {
        var links = Links();
        var token = links.CreateToken(User, TaskId);
        var tampered = token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..];
        var otherKeys = new TaskLinks(new EphemeralDataProtectionProvider(), Options.Create(new EmailOptions()), _clock);

        Assert.Null(links.Validate(tampered, TaskId));
        Assert.Null(links.Validate(token[..^4], TaskId));
        Assert.Null(links.Validate("not a token !", TaskId));
        Assert.Null(links.Validate("", TaskId));
        Assert.Null(links.Validate(null, TaskId));
        Assert.Null(otherKeys.Validate(token, TaskId));
    }

    [Fact]
    public void Validate_ForAnotherTask_IsRefused()
    {
        var links = Links();
        Assert.Null(links.Validate(links.CreateToken(User, TaskId), "another-task"));
        Assert.Null(links.Validate(links.CreateToken(User, TaskId), ""));
    }

    [Fact]
    public void Validate_TokensOfAnotherPurpose_AreRefused()
    {
        var links = Links();
        var expires = _clock.UtcNow.AddHours(1);
        var otherPurpose = _keys.CreateProtector("antiforgery").ToTimeLimitedDataProtector().Protect($"{User}\n{TaskId}", expires);
        var notTimeLimited = _keys.CreateProtector(TaskLinks.Purpose).Protect($"{User}\n{TaskId}");

        Assert.Null(links.Validate(otherPurpose, TaskId));
        Assert.Null(links.Validate(notTimeLimited, TaskId));
    }
}
