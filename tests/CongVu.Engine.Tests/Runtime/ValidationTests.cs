using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Runtime;

public sealed class ValidationTests
{
    [Fact]
    public async Task Validate_ModelWithManyMistakes_ReportsEveryErrorWithItsActivityId()
    {
        await using var engine = await EngineFixture.StartAsync();

        var errors = engine.Definitions.Validate(ModelFiles.Load("invalid.json"));

        Assert.Contains(errors, e => e.ActivityId == "mystery" && e.Message.Contains("Unknown activity type 'Elsa.DoesNotExist'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ActivityId == "mystery" && e.Message.Contains("Connection to missing activity", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ActivityId == "decide" && e.Message.Contains("missing port 'Maybe'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ActivityId == "noName" && e.Message.Contains("'eventName' is required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ActivityId == "broken" && e.Message.Contains("Input 'value' (CSharp)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ActivityId == "switch" && e.Message.Contains("Case 'A' (CSharp)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ActivityId is null && e.Message.Contains("Variable 'Count' is Int32", StringComparison.Ordinal));
        Assert.Equal(7, errors.Count);
    }

    [Fact]
    public async Task SaveAsync_InvalidModel_ThrowsWithAllErrorsAndStoresNothing()
    {
        await using var engine = await EngineFixture.StartAsync();
        var model = ModelFiles.Load("invalid.json");

        var thrown = await Assert.ThrowsAsync<DefinitionValidationException>(() => engine.Definitions.SaveAsync(model, publish: true));

        Assert.Equal(engine.Definitions.Validate(model).Count, thrown.Errors.Count);
        var stored = await engine.Store.ListDefinitionsAsync(new DefinitionQuery { Version = VersionOptions.AllVersions });
        Assert.Equal(0, stored.TotalCount);
        Assert.Null(await engine.Store.GetNextDueAtAsync());
    }

    [Fact]
    public async Task Validate_ValidScenarioModel_HasNoErrors()
    {
        await using var engine = await EngineFixture.StartAsync();

        Assert.Empty(engine.Definitions.Validate(ModelFiles.Load("versioned.json")));
    }
}
