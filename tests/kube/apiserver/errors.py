"""Errors as kube-apiserver reports them (Status objects) and its RBAC-like refusals."""


class ApiError(Exception):
    def __init__(self, code, reason, message, details=None):
        super().__init__(message)
        self.code, self.reason, self.message, self.details = code, reason, message, details


def status(code, reason, message, details=None):
    s = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
         "message": message, "reason": reason, "code": code}
    if details:
        s["details"] = details
    return s


def not_found(res, name):
    return ApiError(404, "NotFound", f'{res.qualified} "{name}" not found',
                    {"name": name, "group": res.group, "kind": res.name})


def authorize(user, groups, verb, res, ns, name, sub):
    if "system:masters" in groups:
        return
    if user == "viewer" and verb in ("get", "list", "watch"):
        return
    if user == "no-rbac" and (verb in ("get", "list", "watch")
                              or res.group != "rbac.authorization.k8s.io"):
        return
    resource = f"{res.name}/{sub}" if sub else res.name
    where = f'in the namespace "{ns}"' if ns else "at the cluster scope"
    who = f'{res.qualified} "{name}"' if name else res.qualified
    raise ApiError(403, "Forbidden",
                   f'{who} is forbidden: User "{user}" cannot {verb} resource "{resource}" in '
                   f'API group "{res.group}" {where}',
                   {"name": name, "group": res.group, "kind": res.name})
