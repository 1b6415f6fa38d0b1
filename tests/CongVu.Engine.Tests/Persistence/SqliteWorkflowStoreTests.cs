using CongVu.Engine.Persistence;
using CongVu.Engine.Tests.TestHost;

namespace CongVu.Engine.Tests.Persistence;

/// <summary>The store contract against SQLite: a fresh database file per test, built and migrated by the real engine wiring.</summary>
public sealed class SqliteWorkflowStoreTests : WorkflowStoreContract
{
    private EngineFixture? _engine;

    protected override async Task<IWorkflowStore> CreateStoreAsync()
    {
        _engine = await EngineFixture.StartAsync();
        return _engine.Store;
    }

    protected override async Task DisposeStoreAsync()
    {
        if (_engine is not null) await _engine.DisposeAsync();
    }
}
