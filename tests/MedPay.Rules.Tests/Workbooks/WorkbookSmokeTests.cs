using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Workbooks;

public class WorkbookSmokeTests
{
    [Fact]
    public void The_default_test_workbook_loads_and_groups_like_the_mini_scheme()
    {
        var scheme = new TestWorkbook().Load();
        var grouper = scheme.CreateGrouper();
        // As MiniScheme: A01.000 with 01.0001 and B02.000 (CC of group 2, which lists only A02.000) → XA13; A02.000 alone → XR19.
        Assert.Equal("XA13", grouper.Group(MiniScheme.Case("A01.000|B02.000", "01.0001")).DrgCode);
        Assert.Equal("XR19", grouper.Group(MiniScheme.Case("A02.000")).DrgCode);
    }
}
