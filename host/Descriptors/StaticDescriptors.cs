namespace CongVu.Host.Descriptors;

/// <summary>A strategy the studio offers in a workflow's settings (activation, incidents, log persistence).</summary>
public sealed record StrategyDescriptor(string TypeName, string DisplayName, string? Description);

/// <summary>A commit strategy as Elsa lists it.</summary>
public sealed record CommitStrategyDescriptor(string Name, string DisplayName, string Description);

/// <summary>An installed server feature as Elsa lists it.</summary>
public sealed record FeatureDescriptor(string Name, string Namespace, string FullName, string DisplayName, string? Description);

/// <summary>Where a variable's value is kept.</summary>
public sealed record StorageDriverDescriptor(string TypeName, string DisplayName, double Priority, bool Deprecated);

/// <summary>A type a workflow variable can have.</summary>
public sealed record VariableTypeDescriptor(string TypeName, string DisplayName, string Category, string? Description);

/// <summary>A list without a count, as Elsa returns storage drivers and variable types.</summary>
public sealed record ItemsOnly<T>(IReadOnlyList<T> Items);

/// <summary>The version the server reports to the studio.</summary>
public sealed record PackageVersionResponse(string PackageVersion);

/// <summary>The fixed descriptor lists: what the engine actually does, under Elsa's type names so saved definitions stay Elsa-compatible.</summary>
public static class StaticDescriptors
{
    /// <summary>The Elsa Studio release whose API this host implements.</summary>
    public const string ElsaVersion = "3.8.2";

    // The engine starts a new instance on every request or trigger: only Elsa's default strategy applies.
    public static readonly IReadOnlyList<StrategyDescriptor> ActivationStrategies =
    [
        new("Elsa.Workflows.ActivationValidators.AllowAlwaysStrategy, Elsa.Workflows.Core", "Luôn cho phép", "Luôn tạo một phiên bản quy trình mới khi được khởi động."),
    ];

    // A failing activity faults the whole instance; it can be retried from the instance list.
    public static readonly IReadOnlyList<StrategyDescriptor> IncidentStrategies =
    [
        new("Elsa.Workflows.IncidentStrategies.FaultStrategy, Elsa.Workflows.Core", "Báo lỗi", "Khi một bước gặp lỗi, cả quy trình chuyển sang trạng thái lỗi (có thể chạy lại)."),
    ];

    // Every activity event is journaled.
    public static readonly IReadOnlyList<StrategyDescriptor> LogPersistenceStrategies =
    [
        new("Elsa.Workflows.LogPersistence.Strategies.Include, Elsa.Workflows.Core", "Ghi nhật ký", "Ghi mọi sự kiện của các bước vào nhật ký."),
    ];

    // The engine commits once per burst of execution; there is nothing to choose.
    public static readonly IReadOnlyList<CommitStrategyDescriptor> CommitStrategies = [];

    // Feature flags would switch on studio modules the server does not implement.
    public static readonly IReadOnlyList<FeatureDescriptor> Features = [];

    // Variables live in the instance state.
    public static readonly IReadOnlyList<StorageDriverDescriptor> StorageDrivers =
    [
        new("Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core", "Workflow Instance", 5, Deprecated: false),
    ];

    public static readonly IReadOnlyList<VariableTypeDescriptor> VariableTypes =
    [
        .. Primitives("String", "Int32", "Int64", "Double", "Decimal", "Boolean", "DateTime", "DateTimeOffset", "TimeSpan", "Object"),
        new("JsonObject", "JsonObject", "Dynamic", null),
    ];

    private static IEnumerable<VariableTypeDescriptor> Primitives(params string[] names) =>
        names.Select(n => new VariableTypeDescriptor(n, n, "Primitives", null));
}
