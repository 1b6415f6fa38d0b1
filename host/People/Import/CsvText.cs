using System.Text;

namespace CongVu.Host.People.Import;

/// <summary>One CSV record with the file line it starts on (the header is line 1).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// A small RFC 4180 reader: fields separated by commas, records by CRLF or LF; a field in double quotes may hold commas,
/// line breaks and doubled quotes (""). Spaces around a field are dropped; blank lines are skipped.
/// </summary>
public sealed class CsvText
{
    private readonly string _text;
    private int _position;

    private CsvText(string text)
    {
        _text = text;
        _position = text.StartsWith('\uFEFF') ? 1 : 0;
    }

    private int Line { get; set; } = 1;
    private bool AtEnd => _position >= _text.Length;
    private char Peek => AtEnd ? '\0' : _text[_position];
    private bool AtBreak => Peek is '\r' or '\n';

    /// <summary>The records, or the first syntax problem with its line and a Vietnamese message.</summary>
    public static (IReadOnlyList<CsvRecord> Records, (int Line, string Message)? Error) Parse(string text)
    {
        var reader = new CsvText(text);
        var records = new List<CsvRecord>();
        while (!reader.AtEnd)
        {
            var start = reader.Line;
            var fields = new List<string>();
            while (true)
            {
                var (value, error) = reader.ReadField();
                if (error is not null) return (records, error);
                fields.Add(value);
                if (reader.Peek != ',') break;
                reader._position++;
            }
            reader.SkipBreak();
            if (fields is not [""]) records.Add(new CsvRecord(start, fields));
        }
        return (records, null);
    }

    private (string Value, (int Line, string Message)? Error) ReadField()
    {
        while (Peek is ' ' or '\t') _position++;
        return Peek == '"' ? ReadQuoted() : ReadPlain();
    }

    private (string, (int, string)?) ReadPlain()
    {
        var start = _position;
        while (!AtEnd && Peek != ',' && !AtBreak)
        {
            if (Peek == '"') return ("", (Line, "Dấu ngoặc kép chỉ được dùng để bao quanh cả ô dữ liệu."));
            _position++;
        }
        return (_text[start.._position].Trim(), null);
    }

    private (string, (int, string)?) ReadQuoted()
    {
        var opened = Line;
        var value = new StringBuilder();
        _position++;
        while (true)
        {
            if (AtEnd) return ("", (opened, $"Thiếu dấu ngoặc kép đóng cho ô bắt đầu ở dòng {opened}."));
            if (AtBreak)
            {
                SkipBreak();
                value.Append('\n');
                continue;
            }
            var c = _text[_position++];
            if (c != '"') value.Append(c);
            else if (Peek == '"') { value.Append('"'); _position++; }
            else break;
        }
        while (Peek is ' ' or '\t') _position++;
        return AtEnd || Peek == ',' || AtBreak ? (value.ToString(), null) : ("", (Line, "Sau dấu ngoặc kép đóng phải là dấu phẩy hoặc xuống dòng."));
    }

    /// <summary>Consumes one CRLF, LF or CR, if there.</summary>
    private void SkipBreak()
    {
        if (!AtBreak) return;
        if (_text[_position++] == '\r' && Peek == '\n') _position++;
        Line++;
    }
}
