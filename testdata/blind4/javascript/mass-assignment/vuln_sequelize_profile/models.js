const { DataTypes } = require('sequelize');
const { sequelize } = require('./db');

const Member = sequelize.define('Member', {
  displayName: DataTypes.STRING,
  email: DataTypes.STRING,
  role: { type: DataTypes.STRING, defaultValue: 'member' },
  verified: { type: DataTypes.BOOLEAN, defaultValue: false },
});

module.exports = { Member };
