const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const stations = new DOMParser().parseFromString(fs.readFileSync('/srv/data/stations.xml', 'utf8'), 'text/xml');

function stationTimetable(req, res) {
  const name = req.query.station;
  const station = xpath.select('//station', stations).find((s) => xpath.select1('string(name)', s) === name);
  if (!station) {
    return res.status(404).json({ error: 'unknown station' });
  }
  const nodes = xpath.select('departure', station);
  res.json(nodes.map((n) => ({ line: n.getAttribute('line'), at: n.getAttribute('time') })));
}

module.exports = { stationTimetable };
