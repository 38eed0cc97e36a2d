<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>tkeci::CheckResult</name>
    <message>
        <source>kernel %1 is older than %2, the minimum for Cilium %3</source>
        <translation>内核版本 %1 低于 Cilium %3 要求的最低版本 %2</translation>
    </message>
</context>
</TS>
