export class AuditLog {
  archive(name: string) {
    return { archived: name.length };
  }
}
