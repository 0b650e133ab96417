require "sinatra/base"
require "zip"
require "fileutils"
require "json"

class PluginInstaller
  def initialize(zip_path, dest)
    @zip_path = zip_path
    @dest = dest
  end

  def install
    names = []
    Zip::File.open(@zip_path) do |zip|
      zip.each do |entry|
        next if entry.directory?

        target = File.join(@dest, entry.name)
        FileUtils.mkdir_p(File.dirname(target))
        File.binwrite(target, entry.get_input_stream.read) # LABEL: CWE-22
        names << entry.name
      end
    end
    names
  end
end

class PluginsApp < Sinatra::Base
  enable :sessions
  set :plugin_dir, ENV.fetch("PLUGIN_DIR", "/srv/app/plugins")

  post "/admin/plugins" do
    halt 403 unless session[:admin]
    upload = params.dig("plugin", :tempfile) or halt 400
    content_type :json
    { installed: PluginInstaller.new(upload.path, settings.plugin_dir).install }.to_json
  end
end
