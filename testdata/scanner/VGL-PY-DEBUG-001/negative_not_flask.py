import unittest

runner = unittest.TextTestRunner()
runner.run(suite(), debug=True)
