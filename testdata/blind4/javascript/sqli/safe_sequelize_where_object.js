const { Op } = require('sequelize');
const { Ticket } = require('../models');

async function openTickets(req, res) {
  const assignee = typeof req.query.assignee === 'string' ? req.query.assignee : undefined;
  const where = { status: { [Op.ne]: 'closed' } };
  if (assignee) {
    where.assigneeEmail = assignee;
  }
  const tickets = await Ticket.findAll({ where, order: [['priority', 'DESC']], limit: 50 });
  res.json(tickets);
}

module.exports = { openTickets };
