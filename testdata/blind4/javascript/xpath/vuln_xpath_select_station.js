const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const stations = new DOMParser().parseFromString(fs.readFileSync('/srv/data/stations.xml', 'utf8'), 'text/xml');

function stationTimetable(req, res) {
  const name = req.query.station;
  const nodes = xpath.select(`//station[name/text()='${name}']/departure`, stations); // LABEL: CWE-643
  res.json(nodes.map((n) => ({ line: n.getAttribute('line'), at: n.getAttribute('time') })));
}

module.exports = { stationTimetable };
