using CongVu.Engine.Expressions;
using CongVu.Engine.Scheduling.Time;
using CongVu.Host.Documents.Persistence;
using CongVu.Host.Documents.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Documents.Issuing;

/// <summary>What to generate: the template and model, the issuing unit, the register (null for a draft) and the document's key.</summary>
public sealed record DocumentRequest(string Template, object? Model, string UnitCode, string? Register, string? Key, string? InstanceId = null);

/// <summary>
/// Generates and stores documents. With a register symbol the document gets the next number of its unit's register
/// for the year, in the same transaction that writes it; a document found by its key keeps the number (and the date)
/// it was given, so running a step again never renumbers it.
/// </summary>
public sealed class DocumentIssuer(IDbContextFactory<DocumentsDbContext> documents, DocumentUnits units, DocumentRenderer renderer,
    IOptions<DocumentOptions> options, IOptions<TimeOptions> time)
{
    private readonly TimeZoneInfo _zone = time.Value.ResolveTimeZone();

    public async Task<DocumentRecord> GenerateAsync(DocumentRequest request, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!renderer.Exists(request.Template)) throw new InvalidOperationException($"Không có mẫu văn bản '{request.Template}'.");
        var unit = await units.FindAsync(request.UnitCode, ct) ?? throw new InvalidOperationException($"Không có đơn vị mã '{request.UnitCode}'.");
        var register = Symbol(request.Register);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);

        await using var db = await documents.CreateDbContextAsync(ct);
        // Microsoft.Data.Sqlite begins IMMEDIATE: the register is locked from the start, so two issuers queue up.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var record = request.Key is null ? null : await db.Documents.FirstOrDefaultAsync(d => d.Key == request.Key, ct);
        if (record is null)
        {
            record = new DocumentRecord { Key = request.Key, CreatedAt = now.UtcDateTime };
            db.Documents.Add(record);
        }
        if (record.Number is null)
        {
            record.Year = today.Year;
            record.Symbol = register ?? Symbol(renderer.Info(request.Template).Register);
            if (register is not null)
            {
                record.Number = await NextNumberAsync(db, unit.Id, today.Year, register, ct);
                record.IssuedAt = now.UtcDateTime;
            }
        }
        var date = record.IssuedAt is { } issued ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(new DateTimeOffset(issued, TimeSpan.Zero), _zone).DateTime) : today;
        var numbering = DocumentNumbering.For(record.Number, record.Symbol, unit.Symbol);
        var rendered = renderer.Render(request.Template, DocumentModel.Build(request.Model, numbering, unit, date, options.Value.Place));

        record.TemplateName = request.Template;
        record.UnitId = unit.Id;
        record.NumberText = numbering.Text;
        record.Title = rendered.Title;
        record.Html = rendered.Html;
        record.Docx = rendered.Docx;
        record.ModelJson = ValueConverter.ToNode(request.Model)?.ToJsonString() ?? "{}";
        record.InstanceId = request.InstanceId ?? record.InstanceId;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return record;
    }

    /// <summary>Takes the next number of a register, creating it at 1.</summary>
    private static async Task<int> NextNumberAsync(DocumentsDbContext db, string unitId, int year, string symbol, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """
            INSERT INTO DocumentNumbers (UnitId, Year, Symbol, Next) VALUES ($unit, $year, $symbol, 2)
            ON CONFLICT (UnitId, Year, Symbol) DO UPDATE SET Next = Next + 1
            RETURNING Next - 1
            """;
        foreach (var (name, value) in new (string, object)[] { ("$unit", unitId), ("$year", year), ("$symbol", symbol) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? Symbol(string? text) => text?.Trim().ToUpperInvariant() is { Length: > 0 } symbol ? symbol : null;
}
