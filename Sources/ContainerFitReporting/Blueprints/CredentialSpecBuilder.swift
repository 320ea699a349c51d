/// `credentialspec.json` for an application that uses Windows authentication: the gMSA credential
/// spec Docker and Kubernetes read, with the domain's values as placeholders; on ECS with the
/// domainless section (`HostAccountConfig`, AWS's plugin `{859E1386-…}`, whose GUID AWS documents as
/// fixed), so hosts need not join the domain.
struct CredentialSpecBuilder {
  let subject: BlueprintSubject

  func build(_ placeholders: inout Placeholders) -> String {
    let account = placeholders.fill("the gMSA's name")
    let dnsName = placeholders.fill("the domain's DNS name")
    let netBIOS = placeholders.fill("the domain's NetBIOS name")
    var directory: [String: Any] = [
      "GroupManagedServiceAccounts": [["Name": account, "Scope": dnsName], ["Name": account, "Scope": netBIOS]]
    ]
    let platform = subject.scenario.platform
    if platform == .ecsEC2 || platform == .ecsFargate {
      directory["HostAccountConfig"] = [
        "PortableCcgVersion": "1", "PluginGUID": "{859E1386-BDB4-49E8-85C7-3070B13920E1}",
        "PluginInput": [
          "CredentialArn": placeholders.fill(
            "ARN of the Secrets Manager secret with a domain user allowed to read the gMSA's password")
        ],
      ]
    }
    let spec: [String: Any] = [
      "CmsPlugins": ["ActiveDirectory"],
      "DomainJoinConfig": [
        "Sid": placeholders.fill("the domain's SID"), "MachineAccountName": account,
        "Guid": placeholders.fill("the domain's GUID"), "DnsTreeName": placeholders.fill("the forest's DNS name"),
        "DnsName": dnsName, "NetBiosName": netBIOS,
      ],
      "ActiveDirectoryConfig": directory,
    ]
    return BlueprintJSON.text(spec)
  }
}
