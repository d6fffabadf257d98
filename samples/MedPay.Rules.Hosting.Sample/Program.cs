// The minimal API of docs/getting-started-hosting.md (keep the two in step; tests/MedPay.Rules.Hosting.Tests calls it).
using MedPay.Rules.Drg;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddMedPayRules(o =>
{
    o.DrgPack = builder.Configuration["MedPay:DrgPack"] ?? "chs-drg-2.0-excerpt";   // folder, .zip or embedded pack id
    o.DipPack = builder.Configuration["MedPay:DipPack"];                              // null: no DIP services
    o.DrgGrouping = new DrgGroupingOptions { IncludeTrace = false };
});
builder.Services.AddProblemDetails();                                                 // RFC 9457 bodies for errors
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);     // a bad body reaches the handler below
var app = builder.Build();
app.UseExceptionHandler(error => error.Run(async context =>
{
    // A body that does not bind (bad JSON, "sex": "X", a string for a number) → 400 with the reason, not an empty 400.
    var exception = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
    var bad = exception as BadHttpRequestException;
    context.Response.StatusCode = bad?.StatusCode ?? StatusCodes.Status500InternalServerError;
    await Results.Problem(title: bad is null ? "Internal error" : "Bad request",
        detail: bad is null ? null : bad.InnerException?.Message ?? bad.Message,
        statusCode: context.Response.StatusCode).ExecuteAsync(context);
}));
app.UseStatusCodePages();                                                             // any other empty 4xx/5xx gets a body too
app.MapPost("/drg/group", (DrgCase c, DrgGrouper grouper) =>
{
    var result = grouper.Group(c);
    return new
    {
        c.Id,
        Status = result.Status.ToString(),
        result.MdcCode,
        result.AdrgCode,
        result.DrgCode,
        DrgName = result.Drg?.Name,
        Scheme = grouper.Scheme.Identity.ToString(),
        Issues = result.Issues.Select(i => new { i.Code, i.Field, i.Value, Zh = i.Message.Zh, En = i.Message.En }),
    };
});
app.Run();

/// <summary>The sample's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
