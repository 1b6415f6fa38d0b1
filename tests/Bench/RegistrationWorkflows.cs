namespace CongVu.Bench;

/// <summary>
/// Where R1's <c>dang-ky</c> comes from: the repository's <c>workflows/</c> folder when it holds <c>dang-ky.json</c> and
/// <c>dang-ky-don-vi.json</c> (the campaign opened by <c>CongVu.OpenCampaign</c>, staff listed by <c>CongVu.ListStaff</c>),
/// else a stand-in of the same shape written into the bench's temp folder: a root that dispatches one
/// <c>dang-ky-don-vi</c> per unit, and a per-unit workflow with one <c>CongVu.UserTask</c> per staff member in a
/// ParallelForEach (due 15/02, default reminders and escalations, a registration form). The stand-in takes the units and
/// their staff as input, since without the campaign activities a workflow cannot read the organisation.
/// Set <c>CONGVU_BENCH_R1_WORKFLOW=stand-in</c> to use the stand-in even when the real definitions exist.
/// </summary>
internal static class RegistrationWorkflows
{
    public const string Root = "dang-ky", PerUnit = "dang-ky-don-vi";

    public static bool RealAvailable(string repositoryWorkflows) =>
        Environment.GetEnvironmentVariable("CONGVU_BENCH_R1_WORKFLOW") is not "stand-in"
        && File.Exists(Path.Combine(repositoryWorkflows, Root + ".json"))
        && File.Exists(Path.Combine(repositoryWorkflows, PerUnit + ".json"));

    /// <summary>Writes the two stand-in definitions into <paramref name="folder"/>.</summary>
    public static void WriteStandIn(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Root + ".json"), StandInRoot);
        File.WriteAllText(Path.Combine(folder, PerUnit + ".json"), StandInPerUnit);
    }

    private const string StandInRoot = """
        {
          "definitionId": "dang-ky",
          "version": 1,
          "name": "Đăng ký thực hiện “5 xây, 3 chống” (bản thay thế của bench)",
          "description": "Đầu vào: year, units [{code, staff: [tên đăng nhập]}]. Giao cho mỗi đơn vị một quy trình dang-ky-don-vi.",
          "variables": [ { "id": "donVi", "name": "DonVi", "typeName": "Object" } ],
          "root": {
            "type": "Elsa.Flowchart",
            "id": "flow1",
            "activities": [
              { "type": "Elsa.Start", "id": "start" },
              {
                "type": "Elsa.ForEach", "id": "moiDonVi",
                "items": { "typeName": "Object", "expression": { "type": "CSharp", "value": "Input.units" } },
                "currentValue": { "typeName": "Object", "memoryReference": { "id": "donVi" } },
                "body": {
                  "type": "Elsa.DispatchWorkflow", "id": "giaoDonVi",
                  "workflowDefinitionId": { "typeName": "String", "expression": { "type": "Literal", "value": "dang-ky-don-vi" } },
                  "input": {
                    "typeName": "Object",
                    "expression": {
                      "type": "CSharp",
                      "value": "new Dictionary<string, object> { [\"unitCode\"] = Variables.DonVi.code, [\"year\"] = Input.year, [\"staff\"] = Variables.DonVi.staff }"
                    }
                  }
                }
              },
              { "type": "Elsa.End", "id": "end" }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "moiDonVi", "port": "In" } },
              { "source": { "activity": "moiDonVi", "port": "Done" }, "target": { "activity": "end", "port": "In" } }
            ]
          }
        }
        """;

    private const string StandInPerUnit = """
        {
          "definitionId": "dang-ky-don-vi",
          "version": 1,
          "name": "Đăng ký của đơn vị (bản thay thế của bench)",
          "description": "Đầu vào: unitCode, year, staff [tên đăng nhập]. Mỗi cán bộ một công việc đăng ký.",
          "variables": [ { "id": "canBo", "name": "CanBo", "typeName": "String", "value": "" } ],
          "root": {
            "type": "Elsa.Flowchart",
            "id": "flow1",
            "activities": [
              { "type": "Elsa.Start", "id": "start" },
              {
                "type": "Elsa.ParallelForEach", "id": "moiCanBo",
                "items": { "typeName": "Object", "expression": { "type": "CSharp", "value": "Input.staff" } },
                "currentValue": { "typeName": "Object", "memoryReference": { "id": "canBo" } },
                "body": {
                  "type": "CongVu.UserTask", "id": "dangKy", "name": "Cán bộ đăng ký",
                  "title": { "typeName": "String", "expression": { "type": "Handlebars", "value": "Đăng ký thực hiện “5 xây, 3 chống” năm {{input.year}}" } },
                  "description": { "typeName": "String", "expression": { "type": "Handlebars", "value": "Đăng ký các nội dung cam kết theo từng tiêu chí “5 xây, 3 chống” gắn với vị trí việc làm, gửi trước ngày 15/02." } },
                  "assignee": { "typeName": "String", "expression": { "type": "Handlebars", "value": "{{CanBo}}" } },
                  "dueDate": { "typeName": "String", "expression": { "type": "Literal", "value": "15/02" } },
                  "outcomes": { "typeName": "String[]", "expression": { "type": "Literal", "value": "[\"Gửi đăng ký\"]" } },
                  "commentRequiredFor": { "typeName": "String[]", "expression": { "type": "Literal", "value": "[]" } },
                  "form": {
                    "typeName": "JsonNode",
                    "expression": {
                      "type": "Object",
                      "value": "[{\"name\": \"xayTrachNhiem\", \"label\": \"Xây dựng tinh thần trách nhiệm\", \"type\": \"multiline\", \"required\": true}, {\"name\": \"xayKyLuat\", \"label\": \"Xây dựng kỷ luật, kỷ cương\", \"type\": \"multiline\", \"required\": true}, {\"name\": \"xayVanHoa\", \"label\": \"Xây dựng văn hóa công vụ\", \"type\": \"multiline\", \"required\": true}, {\"name\": \"xayDoiMoi\", \"label\": \"Xây dựng đổi mới, sáng tạo\", \"type\": \"multiline\", \"required\": true}, {\"name\": \"xayDoanKet\", \"label\": \"Xây dựng đoàn kết\", \"type\": \"multiline\", \"required\": true}, {\"name\": \"chongTieuCuc\", \"label\": \"Chống tiêu cực, tham nhũng\", \"type\": \"multiline\", \"required\": true}, {\"name\": \"chongQuanLieu\", \"label\": \"Chống quan liêu, hách dịch\", \"type\": \"multiline\", \"required\": true}, {\"name\": \"chongLangPhi\", \"label\": \"Chống lãng phí\", \"type\": \"multiline\", \"required\": true}]"
                    }
                  }
                }
              },
              { "type": "Elsa.End", "id": "end" }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "moiCanBo", "port": "In" } },
              { "source": { "activity": "moiCanBo", "port": "Done" }, "target": { "activity": "end", "port": "In" } }
            ]
          }
        }
        """;
}
