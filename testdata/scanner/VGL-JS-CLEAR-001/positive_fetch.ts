export const load = () => fetch("http://api.partner.io/v1/orders"); // vigil:expect VGL-JS-CLEAR-001
