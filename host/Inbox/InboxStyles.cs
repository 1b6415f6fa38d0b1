namespace CongVu.Host.Inbox;

/// <summary>The inbox's styles, added to the shared layout's: lists as cards, large tap targets, one column on a phone.</summary>
internal static class InboxStyles
{
    public const string Block = """
        <style>
        h2{font-size:1.2rem;margin:0 0 .75rem}
        .card+.card{margin-top:1rem}
        .jump{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 1rem}
        .jump a{flex:1 1 auto;display:flex;align-items:center;justify-content:center;gap:.4rem;min-height:44px;padding:.4rem .9rem;background:#fff;border-radius:22px;text-decoration:none;box-shadow:0 1px 2px rgba(0,0,0,.15)}
        .badge{display:inline-block;min-width:1.4rem;padding:0 .4rem;border-radius:1rem;background:#9b1c1c;color:#fff;font-size:.85rem;text-align:center}
        .tasks,.history{list-style:none;margin:0;padding:0}
        .tasks li{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;border-top:1px solid #e4e7eb}
        .tasks li>a{flex:1 1 15rem;display:block;min-height:44px;padding:.75rem .25rem;text-decoration:none;color:inherit}
        .tasks li.overdue{border-left:4px solid #b91c1c;padding-left:.5rem}
        .tasks li>button{margin:0 0 .5rem}
        .title{display:block;font-weight:600;color:#9b1c1c}
        .meta{display:block;color:#52606d;font-size:.9rem;margin-top:.2rem}
        .late{color:#b91c1c;font-weight:700}
        .muted{color:#52606d}
        .desc{white-space:pre-line}
        .pager{display:flex;justify-content:space-between;gap:1rem;margin-top:.5rem}
        .pager a{display:inline-flex;align-items:center;min-height:44px;padding:0 .5rem}
        .flash{background:#e3f9e5;color:#0e5a1e;padding:.75rem 1rem;border-radius:4px;margin:0 0 1rem}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem;margin:0}
        dt{font-weight:600;color:#52606d}
        dd{margin:0;overflow-wrap:anywhere}
        iframe.doc{display:block;width:100%;height:60vh;border:1px solid #cbd2d9;border-radius:4px;background:#fff}
        textarea,select{width:100%;box-sizing:border-box;padding:.6rem;border:1px solid #9aa5b1;border-radius:4px;font-size:1rem;font-family:inherit;background:#fff}
        textarea{min-height:6rem}
        input,select,textarea{min-height:44px}
        .field-error{color:#8a1c1c;font-weight:600;margin:.3rem 0 0}
        .hint{color:#52606d;font-size:.9rem;margin:.3rem 0 0}
        .req{color:#b91c1c}
        .outcomes{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1rem}
        .outcomes button{flex:1 1 9rem;min-height:48px;margin:0}
        button{min-height:44px}
        .secondary{background:#fff;color:#9b1c1c;border:1px solid #9b1c1c}
        .history li{padding:.6rem 0;border-top:1px solid #e4e7eb}
        .history p{margin:.3rem 0 0;white-space:pre-line}
        details{margin-top:1rem;border-top:1px solid #e4e7eb}
        summary{display:flex;align-items:center;min-height:44px;cursor:pointer;font-weight:600}
        @media (max-width:30rem){dl.facts{grid-template-columns:1fr}dt{margin-top:.5rem}.pager a{padding:0}}
        </style>
        """;
}
