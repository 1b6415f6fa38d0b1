using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using Xunit;

namespace CongVu.Engine.Tests.Persistence;

public abstract partial class WorkflowStoreContract
{
    [Fact]
    public async Task ListJournalAsync_PagesInSequenceOrderPerInstance()
    {
        var state = State();
        var other = State();
        await InsertAsync(state, c => c.Journal.AddRange(Enumerable.Range(1, 12).Reverse().Select(i => Journal(state, i))));
        await CommitAsync(state, 1, c => c.Journal.AddRange(Enumerable.Range(13, 13).Select(i => Journal(state, i))));
        await InsertAsync(other, c => c.Journal.Add(Journal(other, 1)));

        var page = await Store.ListJournalAsync(state.Id, 10, 10);

        Assert.Equal(25, page.TotalCount);
        Assert.Equal(Enumerable.Range(11, 10).Select(i => (long)i), page.Items.Select(j => j.Sequence));
        var first = (await Store.ListJournalAsync(state.Id, 0, 1)).Items[0];
        Assert.Equal((state.Id, "a", "Workflow1:a", "Elsa.WriteLine", "ctx", "Completed", "line 1"),
            (first.InstanceId, first.ActivityId, first.ActivityNodeId, first.ActivityType, first.ActivityContextId, first.EventName, first.Message));
        Assert.Equal(T0.AddSeconds(1), first.Timestamp);
        Assert.Equal(5, (await Store.ListJournalAsync(state.Id, 20, 10)).Items.Count);
    }

    [Fact]
    public async Task ListIncidentsAsync_ReturnsIncidentsOfTheInstanceInTimeOrder()
    {
        var state = State();
        var later = new IncidentState { Id = NewId("inc"), ActivityId = "compute", ActivityType = "Elsa.SetVariable", Message = "chia cho 0", ExceptionType = "ExpressionException", StackTrace = "at X", Timestamp = T0.AddMinutes(5) };
        var earlier = new IncidentState { Id = NewId("inc"), ActivityId = "log", ActivityType = "Elsa.WriteLine", Message = "first", Timestamp = T0 };
        state.Incidents.AddRange([earlier, later]);
        await InsertAsync(state, c => c.NewIncidents.AddRange([later, earlier]));
        await InsertAsync(State(), c => c.NewIncidents.Add(new IncidentState { Id = NewId("inc"), ActivityId = "x", ActivityType = "y", Message = "z", Timestamp = T0 }));

        var incidents = await Store.ListIncidentsAsync(state.Id);

        Assert.Equal([earlier.Id, later.Id], incidents.Select(i => i.Id));
        var stored = incidents[1];
        Assert.Equal(("compute", "Elsa.SetVariable", "chia cho 0", "ExpressionException", "at X"), (stored.ActivityId, stored.ActivityType, stored.Message, stored.ExceptionType, stored.StackTrace));
        Assert.Equal(2, (await Store.FindInstanceSummaryAsync(state.Id))!.IncidentCount);
    }

    [Fact]
    public async Task ReplaceCalendarDaysAsync_ReplacesTheWholeTable()
    {
        await Store.ReplaceCalendarDaysAsync(
        [
            new CalendarDayRecord { Date = new DateOnly(2027, 2, 6), Kind = "Holiday", Name = "Mùng 1 Tết" },
            new CalendarDayRecord { Date = new DateOnly(2027, 1, 1), Kind = "Holiday", Name = "Tết Dương lịch" },
            new CalendarDayRecord { Date = new DateOnly(2027, 2, 20), Kind = "WorkingDay", Name = "Làm bù" },
        ]);
        Assert.Equal([new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 20)], (await Store.ListCalendarDaysAsync()).Select(d => d.Date));

        await Store.ReplaceCalendarDaysAsync([new CalendarDayRecord { Date = new DateOnly(2028, 1, 1), Kind = "Holiday", Name = "Tết Dương lịch" }]);

        var day = Assert.Single(await Store.ListCalendarDaysAsync());
        Assert.Equal((new DateOnly(2028, 1, 1), "Holiday", "Tết Dương lịch"), (day.Date, day.Kind, day.Name));
        await Store.ReplaceCalendarDaysAsync([]);
        Assert.Empty(await Store.ListCalendarDaysAsync());
    }
}
