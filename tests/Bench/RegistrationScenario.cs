using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CongVu.Bench;

/// <summary>
/// R1: opening a registration campaign for N staff on the real host. A fresh host (no demo data, no SMTP relay and the
/// outbox sender off, so e-mails are queued and stay queued) imports the organisation through the admin CSV page
/// (<see cref="RegistrationOrganisation"/>), then <c>POST /elsa/api/workflow-definitions/dang-ky/execute</c> with
/// <c>{"year": 2027}</c> opens the campaign (<see cref="RegistrationWorkflows"/>). The clock runs from that call until
/// every staff member has an open task and a queued task-assigned e-mail, read from the SQLite file.
/// </summary>
internal static partial class RegistrationScenario
{
    public const int Year = 2027;
    private const string AdminUser = "quantri", Password = "Bench-pass-2026";

    /// <summary>The issue's requirement: 60,000 staff; the target is that they all have their task and e-mail within 10 minutes.</summary>
    private const double TargetStaff = 60_000, TargetSeconds = 600, TargetTasksPerSecond = TargetStaff / TargetSeconds;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    /// <param name="units">Units the campaign covers (the generated organisation adds its roots and the two supervisor units).</param>
    /// <param name="staffPerUnit">People per staffed unit, on average.</param>
    public static async Task<JsonObject> RunAsync(int units, int staffPerUnit, string workDir)
    {
        // CONGVU_BENCH_R1_SHAPE=20x1000 runs another organisation shape (units × staff per unit), e.g. to see how unit size matters.
        if (Environment.GetEnvironmentVariable("CONGVU_BENCH_R1_SHAPE")?.Split('x') is [var u, var s]
            && int.TryParse(u, CultureInfo.InvariantCulture, out var shapeUnits) && int.TryParse(s, CultureInfo.InvariantCulture, out var shapeStaff))
            (units, staffPerUnit) = (shapeUnits, shapeStaff);
        var dir = Directory.CreateDirectory(Path.Combine(workDir, "r1")).FullName;
        var database = Path.Combine(dir, "r1.db");
        var repositoryWorkflows = Path.Combine(HostProcess.RepositoryRoot(), "workflows");
        var real = RegistrationWorkflows.RealAvailable(repositoryWorkflows);
        var workflows = real ? repositoryWorkflows : Path.Combine(dir, "workflows");
        if (!real) RegistrationWorkflows.WriteStandIn(workflows);
        var organisation = RegistrationOrganisation.Create(units, staffPerUnit);
        var expected = organisation.Staff;

        var apiKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        using var host = HostProcess.Start(database, workflows, new Dictionary<string, string>
        {
            ["Auth__AdminApiKey"] = apiKey,
            ["FirstAdmin__UserName"] = AdminUser,
            ["FirstAdmin__Password"] = Password,
            // No relay: messages would go to .eml files; with the sender off they stay queued, and queueing is what R1 measures.
            ["Email__PickupFolder"] = Path.Combine(dir, "mail"),
            ["Email__Sender__Enabled"] = "false",
        });
        await host.WaitReadyAsync(ReadyTimeout);
        var probe = new RegistrationProbe(database, host.ProcessId);

        var importClock = Stopwatch.StartNew();
        using (var admin = await SignInAsync(host.BaseAddress))
        {
            for (var i = 0; i < organisation.StaffCsvParts.Count; i++)
                await ImportAsync(admin, i == 0 ? organisation.UnitsCsv : null, organisation.StaffCsvParts[i], i);
        }
        importClock.Stop();
        var peakWithImportMb = probe.StatusMb("VmHWM");
        var peakReset = probe.ResetPeak();
        var startMb = probe.StatusMb("VmRSS");

        using var api = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(30) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", apiKey);
        var input = real ? new JsonObject { ["year"] = Year } : StandInInput(organisation);
        var clock = Stopwatch.StartNew();
        using (var response = await api.PostAsync($"elsa/api/workflow-definitions/{RegistrationWorkflows.Root}/execute",
                   JsonContent.Create(new JsonObject { ["input"] = input })))
        {
            var body = await response.Content.ReadAsStringAsync();
            var status = response.IsSuccessStatusCode ? JsonNode.Parse(body)?["workflowState"]?["status"]?.GetValue<string>() : null;
            if (!response.IsSuccessStatusCode || status is "Faulted" or "Cancelled")
                throw new InvalidOperationException($"R1: executing {RegistrationWorkflows.Root} answered {(int)response.StatusCode}, status {status}: {Clip(body)}\n{await probe.DiagnoseAsync()}");
        }
        var executeSeconds = clock.Elapsed.TotalSeconds;

        var progress = await WatchAsync(probe, clock, expected, organisation.Units);
        var peakMb = probe.StatusMb("VmHWM");
        var endMb = probe.StatusMb("VmRSS");
        var timers = await probe.RowsAsync("SELECT COUNT(*) FROM ScheduledWork WHERE Kind = 'TaskNotification'");
        var stateMb = await probe.RowsAsync("SELECT COALESCE(SUM(LENGTH(State)), 0) FROM Instances") / (1024.0 * 1024.0);
        var outboxMb = await probe.RowsAsync("SELECT COALESCE(SUM(LENGTH(Payload)), 0) FROM Outbox") / (1024.0 * 1024.0);
        var taskDataMb = await probe.RowsAsync("SELECT COALESCE(SUM(LENGTH(Data)), 0) FROM HumanTasks") / (1024.0 * 1024.0);
        var journal = await probe.RowsAsync("SELECT COUNT(*) FROM Journal");
        var assignees = await probe.RowsAsync("SELECT COUNT(DISTINCT AssigneeUserId) FROM HumanTasks WHERE Status = 'Open'");
        if (assignees != expected) throw new InvalidOperationException($"R1: {expected} open tasks went to {assignees} distinct assignees, not one each.");
        var dbSizeMb = new[] { database, database + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length) / (1024.0 * 1024.0);
        var targetSeconds = expected / TargetTasksPerSecond;
        var finished = Math.Max(progress.TasksSeconds, progress.EmailsSeconds);
        return new JsonObject
        {
            ["scenario"] = "R1",
            ["what"] = "open the dang-ky campaign on the real host: one open task + one queued task-assigned e-mail per staff member",
            ["workflow"] = real ? "workflows/dang-ky.json" : "stand-in (RegistrationWorkflows.cs)",
            ["n"] = expected,
            ["units"] = organisation.Units,
            ["staff_per_unit"] = staffPerUnit,
            ["units_imported"] = organisation.UnitsImported,
            ["people_imported"] = organisation.People,
            ["import_files"] = organisation.StaffCsvParts.Count,
            ["import_seconds"] = Scenarios.Round(importClock.Elapsed.TotalSeconds, 1),
            ["execute_call_seconds"] = Scenarios.Round(executeSeconds, 2),
            ["first_task_seconds"] = Scenarios.Round(progress.FirstTaskSeconds, 2),
            ["tasks_created_seconds"] = Scenarios.Round(progress.TasksSeconds, 2),
            ["emails_queued_seconds"] = Scenarios.Round(progress.EmailsSeconds, 2),
            ["tasks_at_quarters_seconds"] = new JsonArray(progress.Quarters.Select(q => (JsonNode)Scenarios.Round(q, 1)).ToArray()),
            ["tasks_per_s"] = Scenarios.Round(expected / progress.TasksSeconds),
            ["unit_ms"] = Scenarios.Round((progress.TasksSeconds - progress.FirstTaskSeconds) * 1000 / Math.Max(1, organisation.Units - 1)),
            ["reminder_timers"] = timers,
            ["journal_rows"] = journal,
            ["host_peak_mb"] = Scenarios.Round(peakMb),
            ["host_peak_mb_scope"] = peakReset ? "campaign only (VmHWM reset after the import)" : "whole process (VmHWM could not be reset)",
            ["host_peak_mb_import"] = Scenarios.Round(peakWithImportMb),
            ["host_working_set_mb_start"] = Scenarios.Round(startMb),
            ["host_working_set_mb_end"] = Scenarios.Round(endMb),
            ["db_size_mb"] = Scenarios.Round(dbSizeMb, 1),
            ["instance_state_mb"] = Scenarios.Round(stateMb, 1),
            ["task_data_mb"] = Scenarios.Round(taskDataMb, 1),
            ["outbox_payload_mb"] = Scenarios.Round(outboxMb, 1),
            ["target"] = new JsonObject
            {
                ["staff"] = TargetStaff,
                ["seconds"] = TargetSeconds,
                ["tasks_per_s"] = TargetTasksPerSecond,
                ["seconds_for_n"] = Scenarios.Round(targetSeconds, 1),
            },
            ["meets_target"] = finished <= targetSeconds,
        };
    }

    private sealed record Progress(double FirstTaskSeconds, double TasksSeconds, double EmailsSeconds, double[] Quarters);

    /// <summary>Polls the database until every task and e-mail is there; fails with what the database shows when progress stops.</summary>
    private static async Task<Progress> WatchAsync(RegistrationProbe probe, Stopwatch clock, int expected, int units)
    {
        double? first = null, tasksDone = null, emailsDone = null;
        var quarters = new double?[4];
        var last = (Tasks: -1, Emails: -1);
        var lastChange = clock.Elapsed;
        var cap = TimeSpan.FromSeconds(Math.Max(300, 6 * expected / TargetTasksPerSecond));
        while (true)
        {
            var (tasks, emails, unitInstances) = await probe.CountAsync(RegistrationWorkflows.PerUnit);
            var now = clock.Elapsed.TotalSeconds;
            if (tasks > 0) first ??= now;
            for (var q = 0; q < 4; q++)
                if (tasks >= (long)expected * (q + 1) / 4) quarters[q] ??= now;
            if (tasks >= expected) tasksDone ??= now;
            if (emails >= expected) emailsDone ??= now;
            if (tasksDone is { } t && emailsDone is { } e) return new Progress(first ?? t, t, e, quarters.Select(x => x ?? t).ToArray());

            if ((tasks, emails) != last)
            {
                last = (tasks, emails);
                lastChange = clock.Elapsed;
            }
            var stalled = clock.Elapsed - lastChange > StallTimeout;
            if (stalled || clock.Elapsed > cap)
            {
                var diagnosis = await probe.DiagnoseAsync();
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"R1: {(stalled ? $"no progress for {StallTimeout.TotalSeconds:0} s" : $"not done after {cap.TotalMinutes:0} min")}: {tasks}/{expected} open tasks, {emails} task-assigned e-mails, {unitInstances}/{units} unit instances after {now:0.0} s.\n{diagnosis}"));
            }
            await Task.Delay(Poll);
        }
    }

    /// <summary>The stand-in's input: the units and their staff (the real workflow reads them from the people database).</summary>
    private static JsonObject StandInInput(RegistrationOrganisation organisation) => new()
    {
        ["year"] = Year,
        ["units"] = new JsonArray(organisation.UnitStaff.Select(u => (JsonNode)new JsonObject
        {
            ["code"] = u.Code,
            ["staff"] = new JsonArray(u.UserNames.Select(n => (JsonNode)n).ToArray()),
        }).ToArray()),
    };

    /// <summary>Signs in through the login form as the first administrator (antiforgery cookie and field, then the auth cookie).</summary>
    private static async Task<HttpClient> SignInAsync(Uri baseAddress)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        // One import request checks and writes tens of thousands of accounts.
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(30) };
        var form = await client.GetStringAsync("/dang-nhap");
        using var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form), ["userName"] = AdminUser, ["password"] = Password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"R1: signing in as {AdminUser} answered {(int)response.StatusCode}.");
        return client;
    }

    /// <summary>Posts one import form (units file on the first, then a staff file) as the page's form does.</summary>
    private static async Task ImportAsync(HttpClient admin, string? unitsCsv, string staffCsv, int part)
    {
        const string page = "/quan-tri/nhap-du-lieu";
        var token = Token(await admin.GetStringAsync(page));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        if (unitsCsv is not null) content.Add(Csv(unitsCsv), "units", "don-vi.csv");
        content.Add(Csv(staffCsv), "staff", string.Create(CultureInfo.InvariantCulture, $"can-bo-{part + 1}.csv"));
        using var response = await admin.PostAsync(page, content);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !html.Contains("class=\"flash\" role=\"status\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"R1: importing staff file {part + 1} answered {(int)response.StatusCode}: {Clip(Tags().Replace(html, " "))}");
    }

    private static ByteArrayContent Csv(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return content;
    }

    private static string Token(string html) =>
        WebUtility.HtmlDecode(TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("R1: no antiforgery field on the page."));

    private static string Clip(string text)
    {
        text = WhiteSpace().Replace(text, " ").Trim();
        return text.Length <= 1_500 ? text : text[..1_500] + " …";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
