import { Request, Response } from 'express'
import * as db from '../data/mongodb'

// the id is cast to a string, so no operator can ride in it
export function editReview () {
  return (req: Request, res: Response) => {
    db.reviewsCollection.update(
      { _id: String(req.body.id) },
      { $set: { message: req.body.message } }
    ).then((result: unknown) => res.json(result))
  }
}
