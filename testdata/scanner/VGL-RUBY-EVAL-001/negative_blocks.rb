class RouteSet
  def eval_block(block)
    mapper = Mapper.new(self)
    mapper.instance_exec(&block)
  end

  def draw(&block)
    Mapper.new(self).instance_eval(&block)
  end

  def call(params)
    options = params[:options]
    mapper = Mapper.new(self)
    mapper.instance_exec(options) { |o| o.to_s }
    Mapper.class_eval(&params[:blk].method(:call))
  end
end
