using CongVu.Host.Inbox;

namespace CongVu.Host.Complaints.Pages;

/// <summary>The complaint pages' styles: the inbox's cards and forms, plus the public form's bits; one column on a phone.</summary>
internal static class ComplaintStyles
{
    public static string Block => InboxStyles.Block + """
        <style>
        input[type=checkbox]{width:auto;min-height:auto;margin:.2rem 0 0}
        .check{display:flex;align-items:flex-start;gap:.6rem;font-weight:400}
        .hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
        .code{display:inline-block;font-size:1.5rem;font-weight:700;letter-spacing:.06em;padding:.4rem .8rem;border:2px dashed #9b1c1c;border-radius:6px;margin:.5rem 0}
        .privacy{background:#eff6ff;color:#1e3a8a;padding:.75rem 1rem;border-radius:4px}
        .identity{border-left:4px solid #b45309;background:#fffbeb;padding:1rem;border-radius:4px}
        .apology{background:#fef3c7;padding:.75rem 1rem;border-radius:4px;font-weight:600}
        .more{display:flex;flex-wrap:wrap;gap:1rem;margin-top:1rem}
        .result{white-space:pre-line}
        .status{display:inline-block;padding:.1rem .6rem;border-radius:1rem;background:#e4e7eb;font-size:.9rem}
        .filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin-bottom:1rem}
        .filters label{margin:0 0 .3rem}.filters button{margin:0}
        td.late,tr.overdue td:first-child{border-left:4px solid #b91c1c}
        .cases td,.cases th{font-size:.95rem}
        @media (max-width:40rem){.cases thead{display:none}.cases tr{display:block;border-top:1px solid #cbd2d9;padding:.5rem 0}.cases td{display:block;border:0;padding:.15rem .25rem}.cases td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#52606d}}
        </style>
        """;
}
