# needs: stdlib
import unittest, io, sys
class T(unittest.TestCase):
    def test_ok(self): self.assertEqual(1 + 1, 2)
    def test_fail(self): self.assertEqual([1, 2], [1, 3])
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError): 1 / 0
    @unittest.skip('why')
    def test_skip(self): pass
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
out = stream.getvalue()
import re
print(re.sub(r'\d+\.\d+s', 'Xs', re.sub(r'File ".*/', 'File "', out)))
print(result.wasSuccessful(), len(result.failures), len(result.skipped))
