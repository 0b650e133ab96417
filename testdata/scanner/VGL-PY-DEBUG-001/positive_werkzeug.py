import werkzeug
from myapp import create_app

application = create_app()
application.run(port=8000, use_debugger=True)  # vigil:expect VGL-PY-DEBUG-001
