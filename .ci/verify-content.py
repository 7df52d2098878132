#!/usr/bin/env python3
"""Stopgap until `lectern check` exists: runs every ```python run snippet in content/ and compares
its output with the ```output block (trailing whitespace ignored), and checks that every link to an
essay (and its #anchor) resolves. Exits 1 on any problem."""
import re,glob,subprocess,os,sys
bad=0; n=0
slugs={os.path.basename(f)[:-3] for f in glob.glob('content/essays/*.md')}
def anchors(text):
    out=set(); seen={}
    fence=False
    for line in text.split('\n'):
        if re.match(r'\s{0,3}(```|~~~)',line): fence=not fence
        if fence: continue
        m=re.match(r'(#{1,6})\s+(.*)',line)
        if m:
            h=m.group(2).strip()
            h=re.sub(r'!\[([^\]]*)\]\([^)]*\)',r'\1',h); h=re.sub(r'\[([^\]]*)\]\([^)]*\)',r'\1',h)
            h=re.sub(r'(?<![\w])_+|_+(?![\w])','',h); h=h.replace('*','').replace('`','').replace('~','')
            s=''.join(c for c in h.lower() if c.isalnum() or c in '_- ').replace(' ','-')
            if s in seen: seen[s]+=1; s=s+'-'+str(seen[s])
            else: seen[s]=0
            out.add(s)
    return out
A={s:anchors(open(f'content/essays/{s}.md').read()) for s in slugs}
for f in sorted(glob.glob('content/essays/*.md'))+['content/glossary.md']:
    t=open(f).read()
    for m in re.finditer(r'\]\(((?:essays/)?[a-z0-9-]+)\.md(?:#([^)\s]+))?\)',t):
        s=m.group(1).replace('essays/',''); a=m.group(2)
        if s not in slugs: print(f,'dangling link',s); bad+=1
        elif a and a not in A[s]: print(f,'missing anchor',s,a); bad+=1
    for m in re.finditer(r'```python run[^\n]*\n(.*?)```\n+```output\n(.*?)```',t,re.S):
        n+=1
        r=subprocess.run([sys.executable,'-c',m.group(1)],capture_output=True,text=True,timeout=30)
        exp='\n'.join(l.rstrip() for l in m.group(2).rstrip().split('\n'))
        got='\n'.join(l.rstrip() for l in r.stdout.rstrip().split('\n'))
        if exp!=got: print(f,'snippet mismatch'); bad+=1
    runs=len(re.findall(r'```python run',t)); 
print("snippets checked", n, "problems", bad)
sys.exit(1 if bad else 0)
