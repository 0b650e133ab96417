from dataclasses import dataclass, field


@dataclass
class ReportFilter:
    region: str = "eu"
    channels: list = field(default_factory=list)

    @property
    def where_clause(self):
        clauses = [f"region = '{self.region}'"]
        if self.channels:
            quoted = ", ".join(f"'{c}'" for c in self.channels)
            clauses.append(f"channel IN ({quoted})")
        return " AND ".join(clauses)

    @classmethod
    def from_args(cls, args):
        return cls(region=args.get("region") or "eu", channels=args.getlist("channel"))
