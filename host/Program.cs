using CongVu.Engine;
using CongVu.Host.Api;
using CongVu.Host.Auth;
using CongVu.Host.Calendar;
using CongVu.Host.Complaints;
using CongVu.Host.Campaigns;
using CongVu.Host.Campaigns.Activities;
using CongVu.Host.Definitions;
using CongVu.Host.Documents;
using CongVu.Host.Email;
using CongVu.Host.Hosting;
using CongVu.Host.Inbox;
using CongVu.Host.People;
using CongVu.Host.Studio;
using CongVu.Host.Tasks;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = RepositoryRoot.Find() });

builder.Configuration.ResolveSqlitePath(builder.Environment.ContentRootPath);
builder.Services.AddWorkflowEngine(builder.Configuration, registry => registry.Add<UserTask>().Add<SendEmail>().Add<GenerateDocument>()
    .Add<OpenCampaign>().Add<ListUnits>().Add<ListStaff>().Add<RecordSubmission>().Add<AwaitSubmissions>()
    .AddComplaintActivities());
builder.Services.AddPersistentDataProtection(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddApiJson();
builder.Services.AddAdminAuthentication(builder.Configuration);
builder.Services.AddPeople(builder.Configuration);
builder.Services.AddCampaigns(builder.Configuration);
builder.Services.AddEmail(builder.Configuration);
builder.Services.AddHumanTasks(builder.Configuration);
builder.Services.AddInbox();
builder.Services.AddComplaints(builder.Configuration);
builder.Services.AddDocuments(builder.Configuration);
builder.Services.AddElsaApi();
builder.Services.AddStudio(builder.Configuration);
builder.Services.AddHolidaySeeding();
builder.Services.AddWorkflowFolderImport(builder.Configuration);
builder.Services.AddStartupHealth();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseAuthentication();
app.UseAuthorization();
app.MapPeople();
app.MapEmail();
app.MapInbox();
app.MapComplaints();
app.MapDocuments();
app.MapCampaigns();
app.MapHealthChecks("/health");
app.MapOpenApi();
app.MapElsaApi();
app.MapStudio();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
