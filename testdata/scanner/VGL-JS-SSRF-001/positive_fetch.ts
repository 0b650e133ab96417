export async function webhookTest(req: any, res: any) {
  const r = await fetch(req.body.callbackUrl, { method: "POST" }); // vigil:expect VGL-JS-SSRF-001
  res.json({ status: r.status });
}
