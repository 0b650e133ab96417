export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
