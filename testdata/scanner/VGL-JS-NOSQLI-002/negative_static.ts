export const adults = (coll: any) => coll.find({ $where: "this.age >= 18" });
