export const byAge = (coll: any, age: string) => coll.find({ "$where": `this.age > ${age}` }); // vigil:expect VGL-JS-NOSQLI-002
