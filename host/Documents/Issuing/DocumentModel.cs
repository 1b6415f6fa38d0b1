using System.Globalization;
using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;

namespace CongVu.Host.Documents.Issuing;

/// <summary>
/// The model a document template sees: the caller's model, plus <c>document</c> (number, numberText, symbol, date, day,
/// month, year, place, placeDate) and <c>unit</c> (code, name, parentName, symbol, headName, headTitle, supervisorName).
/// The caller may set <c>document.place</c>; everything else in these two objects comes from the register and the people database.
/// </summary>
internal static class DocumentModel
{
    public static Dictionary<string, object?> Build(object? model, DocumentNumbering numbering, DocumentUnit unit, DateOnly date, string defaultPlace)
    {
        var data = model is JsonNode node ? ValueConverter.ToClr(node) : model;
        var root = data is IDictionary<string, object?> fields ? new Dictionary<string, object?>(fields, StringComparer.Ordinal) : new Dictionary<string, object?>(StringComparer.Ordinal);
        var document = Nested(root, "document");
        var place = document.TryGetValue("place", out var given) && given is string { Length: > 0 } p ? p : defaultPlace;
        document["number"] = numbering.Number;
        document["numberText"] = numbering.Text;
        document["symbol"] = numbering.Symbol;
        document["date"] = DocumentDate.Short(date);
        document["day"] = DocumentDate.Day(date);
        document["month"] = DocumentDate.Month(date);
        document["year"] = DocumentDate.Year(date);
        document["place"] = place;
        document["placeDate"] = DocumentDate.PlaceAndDate(place, date);
        var issuer = Nested(root, "unit");
        issuer["code"] = unit.Code;
        issuer["name"] = unit.Name;
        issuer["parentName"] = unit.ParentName ?? "";
        issuer["symbol"] = unit.Symbol;
        issuer["headName"] = unit.HeadName ?? "";
        issuer["headTitle"] = unit.HeadTitle ?? "";
        issuer["supervisorName"] = unit.SupervisorName ?? "";
        return root;
    }

    private static Dictionary<string, object?> Nested(Dictionary<string, object?> root, string name)
    {
        var nested = root.TryGetValue(name, out var value) && value is IDictionary<string, object?> existing
            ? new Dictionary<string, object?>(existing, StringComparer.Ordinal)
            : new Dictionary<string, object?>(StringComparer.Ordinal);
        root[name] = nested;
        return nested;
    }
}

/// <summary>A document's number: the register number (null for a draft), the full symbol ("KH-SNV") and "Số" text ("12/KH-SNV").</summary>
public sealed record DocumentNumbering(int? Number, string Symbol, string Text)
{
    /// <summary>A draft's number is left blank for the clerk to fill in: "      /KH-SNV".</summary>
    public const string Blank = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

    public static DocumentNumbering For(int? number, string? registerSymbol, string unitSymbol)
    {
        var symbol = string.IsNullOrEmpty(registerSymbol) ? unitSymbol : $"{registerSymbol}-{unitSymbol}";
        return new DocumentNumbering(number, symbol, $"{(number is { } n ? n.ToString(CultureInfo.InvariantCulture) : Blank)}/{symbol}");
    }
}
