export function onError(error: Error, req: any, res: any) {
  res.json({ message: error.message, trace: error.stack }); // vigil:expect VGL-JS-INFO-001
}
