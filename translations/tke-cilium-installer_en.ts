<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tkeci::CommandLine</name>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was written</source>
        <translation><numerusform>%1: %n problem; nothing was written</numerusform><numerusform>%1: %n problems; nothing was written</numerusform></translation>
    </message>
    <message>
        <source>target %1, %2, HA %3, %4 master(s), %5 worker(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Puts the Cilium CNI on TKEStack baremetal clusters. Without a command, the wizard starts.

Commands:
  validate --profile P            check a profile; every problem is printed, field path first
  render --profile P --out DIR    write the manifests (one file per component) and images.txt

Exit codes: 0 success, 1 the work ran and found failures, 2 bad usage or bad input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile (YAML) to use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder to write the manifests to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the locale).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>validate or render; none starts the wizard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lang: "%1" is not a language this program speaks; use zh_CN or en</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1"; commands: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs --profile FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: valid (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>render needs --out FOLDER</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation><numerusform>%n file written</numerusform><numerusform>%n files written</numerusform></translation>
    </message>
    <message>
        <source>(%1 images to mirror)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tkeci::InstallerWindow</name>
    <message>
        <source>TKEStack Cilium Installer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cilium for TKEStack baremetal clusters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overlay (VXLAN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Underlay (BGP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default profile: CNI %1, network mode %2, %3 master(s), %4 worker(s). These are the manifests it renders.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tkeci::Problem</name>
    <message>
        <source>letters, digits, '.', '_' and '-' (not first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a version such as 1.20.4-tke.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>up to 15 letters, digits, '.', '_' and '-'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the profile must be a YAML map of settings (version, target, cni, ...), not a list or a single value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key "%1"; allowed here: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required when %1 is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a map of keys and values</source>
        <comment>expected YAML type</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <comment>expected YAML type</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a whole number</source>
        <comment>expected YAML type</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <comment>expected YAML type</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a single text value</source>
        <comment>expected YAML type</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not allowed; use one of: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range; allowed: %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an IPv4 address; write four numbers 0-255 separated by dots, e.g. 10.0.0.16</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is an IPv6 address; Cilium on TKEStack supports IPv4 only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an IPv4 CIDR; write an address and a prefix length 1-32, e.g. 10.244.0.0/16</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has bits set after the prefix; did you mean %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" contains characters that are not allowed; use only %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs at least one node with role master</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passwords are never stored in a profile; remove this key, the installer asks for the password when it connects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not supported; supported: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lies inside the cluster CIDR %2; pod addresses and node addresses must not overlap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the VIP %1 is also the address of %2; the VIP must be a free address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 nodes do not fit: the cluster CIDR %3 with %4 pods per node has room for %2 nodes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a registry prefix; write a host and path such as registry.example.com:5000/tkestack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"agent" cannot be used for a new cluster: TKEStack logs in to the node itself and needs a key file or a password; use auth: key or auth: password</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tkeci::Profile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tkeci::Render</name>
    <message>
        <source>the rendered YAML does not read back unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tkeci::Yaml</name>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is too large (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the YAML is nested too deeply (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the YAML expands to too many values (%1); aliases may be nested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not text (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a key appears twice (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>