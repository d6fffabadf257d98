# Module manifest of MedPay.Rules.PowerShell: China medical-insurance payment rules (CHS-DRG, DIP) as PowerShell cmdlets.
# One folder for Windows PowerShell 5.1 and PowerShell 7: see docs/powershell.md.
@{
    RootModule             = 'MedPay.Rules.PowerShell.dll'
    ModuleVersion          = '0.1.0'
    GUID                   = 'a16104e5-b129-4ca8-9373-aa36db835f86'
    Author                 = 'MedPay.Rules contributors'
    CompanyName            = 'MedPay.Rules contributors'
    Copyright              = 'Copyright (c) MedPay.Rules contributors'
    Description            = 'China medical-insurance payment rules: CHS-DRG and DIP grouping, DRG payment, settlement-list checks and balance retention over rule packs, for scripts over HIS exports. 医保支付规则：CHS-DRG/DIP 分组、支付测算、结算清单质控、结余留用。'
    PowerShellVersion      = '5.1'
    CompatiblePSEditions   = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    CmdletsToExport        = @(
        'Import-MedPayRulePack',
        'Invoke-MedPayDrgGroup',
        'Invoke-MedPayDipGroup',
        'Measure-MedPayPayment',
        'Test-MedPaySettlementList',
        'Invoke-MedPayRetention',
        'Export-MedPayReport'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags       = @('DRG', 'DIP', 'CHS-DRG', 'medical-insurance', 'China', 'HIS')
            LicenseUri = 'https://www.apache.org/licenses/LICENSE-2.0'
        }
    }
}
