const { Op, literal } = require('sequelize');
const { Ticket } = require('../models');

async function openTickets(req, res) {
  const { assignee } = req.query;
  const tickets = await Ticket.findAll({
    where: {
      status: { [Op.ne]: 'closed' },
      [Op.and]: assignee ? [literal(`assignee_email = '${assignee}'`)] : [], // LABEL: CWE-89
    },
    order: [['priority', 'DESC']],
    limit: 50,
  });
  res.json(tickets);
}

module.exports = { openTickets };
