import libxmljs from "libxmljs";

export const parse = (xml: string) => libxmljs.parseXmlString(xml, { dtdload: true, noblanks: true }); // vigil:expect VGL-JS-XXE-001
