namespace Workflows.Api.Tests.Support;

/// <summary>The people of the stories, each with a token for their agency, system roles and SOP actor roles.</summary>
public static class Users
{
    public const string Magetan = "bkpsdm-magetan";
    public const string UjiAgency = "dinas-uji";
    public const string Lain = "bkd-lain";

    private static readonly string[] Staff = ["staff"];

    public static ApiClient Pemohon() => WorkflowsServer.Client("198501012010011001", Magetan, Staff, "pemohon");

    public static ApiClient Analis(string user = "analis-1") => WorkflowsServer.Client(user, Magetan, Staff, "analis-kepegawaian");

    public static ApiClient KepalaBidang() => WorkflowsServer.Client("kabid-pkap", Magetan, Staff, "kepala-bidang");

    public static ApiClient KepalaBadan() => WorkflowsServer.Client("kepala-bkpsdm", Magetan, Staff, "kepala-badan");

    public static ApiClient Sekda() => WorkflowsServer.Client("sekda", Magetan, Staff, "sekda");

    public static ApiClient Bupati() => WorkflowsServer.Client("bupati", Magetan, Staff, "bupati");

    public static ApiClient MagetanAdmin() => WorkflowsServer.Client("admin-magetan", Magetan, ["admin"]);

    public static ApiClient Petugas(string user = "petugas-1") => WorkflowsServer.Client(user, UjiAgency, Staff, "petugas");

    public static ApiClient Uji(string user, params string[] actors) => WorkflowsServer.Client(user, UjiAgency, Staff, actors);

    public static ApiClient UjiSupervisor() => WorkflowsServer.Client("kepala-uji", UjiAgency, ["staff", "supervisor"], "kepala");

    public static ApiClient UjiAdmin() => WorkflowsServer.Client("admin-uji", UjiAgency, ["admin"]);

    public static ApiClient Outsider() => WorkflowsServer.Client("petugas-lain", Lain, ["staff", "supervisor", "admin"], "petugas", "pemohon", "analis-kepegawaian");

    public static ApiClient PlatformAdmin() => WorkflowsServer.Client("root", "*", ["platform-admin"]);
}
