import { Request, Response } from 'express'
import * as db from '../data/mongodb'

// the legacy update(filter, update, options) of a Mongo-style collection:
// { _id: req.body.id } becomes { _id: { $ne: -1 } } with a JSON body, and
// { multi: true } then rewrites every document
export function editReview () {
  return (req: Request, res: Response) => {
    db.reviewsCollection.update( // vigil:expect VGL-JS-NOSQLI-001
      { _id: req.body.id },
      { $set: { message: req.body.message } },
      { multi: true }
    ).then((result: unknown) => res.json(result))
  }
}
