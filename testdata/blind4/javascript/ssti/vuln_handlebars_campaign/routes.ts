import { Router } from 'express';
import { Campaign } from './campaign';

export const campaigns = Router();

campaigns.post('/campaigns/preview', (req, res) => {
  const campaign = new Campaign(req.body.subject, req.body.body);
  res.json({ subject: campaign.subject, html: campaign.renderFor({ firstName: 'Sam', company: 'Example GmbH' }) });
});
