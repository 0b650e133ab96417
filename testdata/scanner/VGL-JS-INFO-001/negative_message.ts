export function onError(error: Error, req: any, res: any) {
  res.json({ message: "Something went wrong", id: req.id });
}
